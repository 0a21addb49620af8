package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.events.EventFixtures.code;
import static org.standpoint.extract.events.EventFixtures.triples;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Event;

/** How ordinary news states its events: lead statements, agentless passives, reported accusations and denials. */
class NewsCoderTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "lead-announcement-of-measures | IND 010 IND",
        "passive-sentence-in-a-named-country | BLR 172 RUS",
        "reported-responsibility | GBR 112 IRN",
        "reported-work-of | CAN 112 YEM",
        "denial-answers-accusation | CAN 112 VEN;VEN 016 CAN",
        "swipe-at | ARG 111 BRA",
        "use-of-chemical-weapons | IRQ 2041 IRN"})
    void each_news_form_codes_its_events(String id, String events) {
        assertThat(triples(id)).containsExactlyInAnyOrderElementsOf(List.of(events.split(";")));
    }

    @Test
    void a_lead_statement_naming_no_one_else_is_made_to_the_speakers_own_country() {
        assertThat(code("lead-statement-to-no-one")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::cameo, Event::target).containsExactly("010", "JPN"));
    }

    @Test
    void a_speaker_below_a_dateline_parsed_as_subject_is_found_through_the_apposition() {
        assertThat(code("dateline-parsed-as-subject")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo).containsExactly("PERGOV", "010"));
    }

    @Test
    void a_charge_in_the_passive_is_a_courts_legal_action() {
        assertThat(code("passive-charge-without-agent")).singleElement().satisfies(e -> {
            assertThat(e).extracting(Event::source, Event::cameo).containsExactly("BRAJUD", "173");
            assertThat(e.provenance().rule()).isEqualTo("implicit-agent");
        });
    }

    @Test
    void a_foreign_speakers_report_of_force_accuses_the_force_but_a_compatriots_does_not() {
        assertThat(triples("reported-foreign-force")).contains("ISR 112 SYR");
        assertThat(code("reported-own-force")).noneMatch(e -> e.cameo().startsWith("112"));
    }
}
