package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.events.EventFixtures.code;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Event;

/** Events made by saying, and appeals refined by what they ask for, through the coder on stored parses. */
class AppealsTest {
    @ParameterizedTest(name = "{0}: {1} {2} {3} by {4}")
    @CsvSource({
        "say-should-step-down, TUR, 0241, SYRGOV, say+should",
        "say-committed-crimes, FRA, 1122, SYRMIL, say+accuse",
        "urge-reforms, GBR, 024, BHR, verb:urge",
        "urge-release, GBR, 020, BHR, verb:urge"})
    void what_a_speaker_says_someone_should_do_or_did_is_an_appeal_or_accusation_refined_by_its_words(
            String id, String source, String cameo, String target, String rule) {
        assertThat(code(id)).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target, Event::rule)
                .containsExactly(source, cameo, target, rule));
    }
}
