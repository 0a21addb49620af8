package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.events.EventFixtures.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.model.Event;
import org.standpoint.model.Modality;

/** How a predicate is stated, through the coder on stored parses: blocked, or asserted, threatened, attempted, ... */
class ModalitiesTest {
    @Test
    void a_negated_event_is_not_coded() {
        assertThat(code("negated-accusation")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"conditional-veto", "question-veto", "would-have-condemned"})
    void hypotheticals_and_questions_are_not_coded(String id) {
        assertThat(code(id)).isEmpty();
    }

    @Test
    void refusing_to_meet_is_no_meeting() {
        assertThat(code("refusal-to-attend")).isEmpty();
    }

    @Test
    void an_appeal_is_not_the_act_it_asks_for() {
        assertThat(EventFixtures.triples("urge-release")).containsExactly("GBR 020 BHR");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}, {4}")
    @CsvSource({
        "threat-to-veto, RUS, 130, IGOUNO, THREATENED",
        "failed-attempt, DEU, 022, ITA, ATTEMPTED",
        "promise-to-send-observers, JPN, 033, HTI, PROMISED",
        "plan-to-expel, NOR, 131, SWEGOV, INTENDED",
        "will-expel, NOR, 131, SWEGOV, INTENDED",
        "accusation, NOR, 112, SWE, ASSERTED"})
    void the_verb_embedding_a_predicate_gives_its_modality(String id, String source, String cameo, String target, Modality modality) {
        assertThat(code(id)).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target, Event::modality)
                .containsExactly(source, cameo, target, modality));
    }
}
