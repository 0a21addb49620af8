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
        "use-of-chemical-weapons | IRQ 2041 IRN",
        "headline-infinitive | IND 036 JPN;JPN 036 IND",
        "alleged-act-in-an-accusation | FRA 1122 SYR",
        "several-doers-on-one-country | RUS 195 SYR;SYR 195 SYR",
        "light-verb-target-on-the-verb | TUR 195 SYR",
        "pointed-the-finger | GBR 112 IRN",
        "demanded-that-someone-act | KEN 100 IGO",
        "renewed-push-for-someone-to-act | CAN 020 MEX",
        "objections-to-tariffs | BRA 120 ARG",
        "reported-denial | CAN 112 VEN;VEN 016 CAN",
        "believed-by-the-speaker | TUR 112 IRQ",
        "rejected-plea-after-clause | ARM 120 FRA;AZE 120 FRA;FRA 020 ARM;FRA 020 AZE",
        "finite-verb-parsed-as-complement | ARM 120 FRA;AZE 120 FRA;FRA 020 ARM;FRA 020 AZE",
        "telephone-conversation-partner | FRA 041 JPN",
        "aimed-weapons-at | EGY 150 SDN",
        "participle-hung-on-the-object | PAK 112 IND",
        "definite-raids-named-before | TUR 195 IRQ;TUR 190 IRQ",
        "definite-act-with-its-own-complement | TUR 195 IRQ;IRQ 112 TUR",
        "strike-against-no-one-named | PER 143 PER",
        "statement-announcing-a-deed | PER 143 PER;PER 010 PER",
        "must-stop-insisting | ARG 020 CHL",
        "plan-named-before-as-a-deal | IRN 051 RUS",
        "request-answered-by-what-followed | NGA 020 GHA",
        "directed-to-act | MEX 100 MEX"})
    void each_news_form_codes_its_events(String id, String events) {
        assertThat(triples(id)).containsExactlyInAnyOrderElementsOf(List.of(events.split(";")));
    }

    @Test
    void a_protest_naming_no_one_is_aimed_at_the_protesters_own_government() {
        assertThat(code("strike-against-no-one-named")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target).containsExactly("PERMED", "143", "PERGOV"));
    }

    @Test
    void a_photo_caption_codes_no_event() {
        assertThat(code("photo-caption")).isEmpty();
    }

    @Test
    void a_protest_only_called_for_or_aimed_at_is_no_protest() {
        assertThat(code("protest-only-called-for")).noneMatch(e -> e.cameo().startsWith("14"));
        assertThat(code("founded-to-protest")).noneMatch(e -> e.cameo().startsWith("14"));
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
    void a_passive_whose_subject_the_parse_gave_to_the_verb_of_saying_is_done_to_that_subject() {
        assertThat(triples("passive-subject-parsed-as-object")).containsExactly("PHL 173 VNM");
    }

    @Test
    void a_denial_naming_no_one_answers_the_accuser_of_its_side_in_its_own_country() {
        assertThat(code("denial-answers-compatriot-accuser")).filteredOn(e -> e.cameo().equals("016")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::target).containsExactly("YEMMIL", "YEMOPP"));
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

    @Test
    void a_relative_clause_in_the_simple_present_describes_rather_than_reports() {
        assertThat(code("habitual-relative-clause")).noneMatch(e -> e.cameo().startsWith("09"));
    }

    @Test
    void would_in_a_reported_clause_is_the_future_seen_from_then() {
        assertThat(triples("reported-future-meeting")).contains("CHN 036 JPN", "JPN 036 CHN");
    }

    @Test
    void what_the_doers_own_is_no_target_of_theirs() {
        assertThat(code("blamed-their-foes")).isEmpty();
    }

    @Test
    void a_call_on_someone_parsed_as_marking_the_clause_is_addressed_to_its_subject() {
        assertThat(code("called-on-to-act")).anySatisfy(e -> assertThat(e)
                .extracting(Event::cameo, Event::target).containsExactly("020", "IGOAFRAFU"));
    }

    @Test
    void a_suicide_bombers_killing_is_an_assault_not_fighting() {
        assertThat(code("suicide-bomber-assault")).extracting(Event::cameo).containsExactly("183");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"police-shooting-is-assault, 180", "police-fight-armed-men, 190", "armed-officers-are-police, 180"})
    void police_assault_the_unarmed_and_fight_the_armed(String id, String cameo) {
        assertThat(code(id)).extracting(Event::cameo).containsExactly(cameo);
    }

    @Test
    void beside_its_agent_the_owner_of_a_shooting_is_the_one_shot() {
        assertThat(code("owner-of-a-shooting-by-police")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target).containsExactly("CHLCOP", "180", "CHLEDU"));
    }

    @Test
    void the_actor_right_after_said_speaks_where_the_parse_took_the_dateline_for_the_subject() {
        assertThat(code("speaker-after-said-and-a-dateline")).anySatisfy(e -> assertThat(e)
                .extracting(Event::source, Event::cameo).containsExactly("COLMIL", "010"));
    }

    @Test
    void lawyers_of_no_known_country_boycotting_courts_protest_against_another_body_of_their_sector() {
        assertThat(code("lawyers-boycott-the-courts")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target).containsExactly("JUD", "143", "JUD"));
    }

    @Test
    void a_boycott_of_talks_rejects_them() {
        assertThat(triples("boycott-of-talks")).containsExactly("VEN 125 VEN");
    }

    @Test
    void a_verb_whose_parse_lost_its_subject_takes_the_actor_named_right_before_it() {
        assertThat(triples("stranded-speaker-after-dateline")).containsExactly("KEN 010 KEN");
    }

    @Test
    void an_announcement_about_oneself_is_made_to_ones_own_country() {
        assertThat(code("speaker-with-country-in-apposition")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::cameo, Event::target).containsExactly("010", "USA"));
    }

    @ParameterizedTest
    @CsvSource({"demanded-how-question", "asked-whether-question", "asked-about-question"})
    void asking_or_demanding_a_question_appeals_for_nothing(String id) {
        assertThat(code(id)).isEmpty();
    }

    @Test
    void asking_someone_to_act_still_appeals_to_them() {
        assertThat(triples("asked-to-act-still-appeals")).containsExactly("BRA 020 ARG");
    }

    @Test
    void a_call_with_a_leader_is_a_telephone_conversation() {
        assertThat(triples("phone-call-with-leader")).containsExactly("MEX 041 GTM");
    }

    @Test
    void the_preposition_a_call_hangs_from_does_not_refine_it() {
        assertThat(code("agreeing-with-calls-for-resignation")).extracting(Event::cameo).doesNotContain("041");
    }

    @Test
    void a_clause_only_feared_is_no_event_but_the_fear_is() {
        assertThat(code("worry-clause-is-supposed")).extracting(Event::rule).containsExactly("petrarch:worry");
    }

    @Test
    void a_clause_only_charged_is_no_event() {
        assertThat(code("charges-clause-is-alleged")).isEmpty();
    }

    @Test
    void participants_who_talk_to_someone_else_do_not_consult_each_other() {
        assertThat(triples("talk-to-others-not-each-other")).isEmpty();
    }

    @Test
    void participants_who_talk_with_no_one_named_consult_each_other() {
        assertThat(triples("talk-to-each-other")).containsExactlyInAnyOrder("CHL 046 PER", "PER 046 CHL");
    }

    @Test
    void a_participle_after_a_hypothetical_verb_is_hypothetical_too() {
        assertThat(code("participle-of-hypothetical")).isEmpty();
    }

    @Test
    void what_a_demand_asks_for_in_the_subjunctive_is_not_done() {
        assertThat(code("subjunctive-demanded")).extracting(Event::cameo).allMatch(c -> c.startsWith("10"));
    }

    @Test
    void what_an_agreement_is_for_is_not_done() {
        assertThat(code("aim-of-an-agreement")).extracting(Event::cameo).allMatch(c -> c.startsWith("04"));
    }

    @ParameterizedTest
    @CsvSource({"relating-to-a-topic", "dominating-the-news"})
    void relating_to_a_topic_and_dominating_the_news_are_no_events(String id) {
        assertThat(code(id)).isEmpty();
    }

    @Test
    void an_event_noun_in_an_adjunct_is_the_clauses_doers_only_where_it_frames_or_carries_their_act() {
        assertThat(triples("adjunct-event-of-others")).as("the civilians fled the strikes; they did not strike").isEmpty();
        assertThat(triples("adjunct-event-framed")).anyMatch(t -> t.startsWith("RUS 195 "));
    }

    @Test
    void a_war_that_killed_is_no_doer_and_its_owner_is_where_it_was_fought() {
        assertThat(triples("situation-as-subject")).isEmpty();
    }

    @Test
    void what_a_request_asks_for_is_not_done() {
        assertThat(triples("requested-measure")).as("the sanctions are asked for, not imposed")
                .noneMatch(t -> t.contains(" 16")).anyMatch(t -> t.startsWith("NOR 02"));
    }

    @Test
    void beating_back_an_attacker_is_fighting_not_a_beating() {
        assertThat(triples("beat-back")).isNotEmpty().allMatch(t -> t.contains(" 190 "));
    }
}
