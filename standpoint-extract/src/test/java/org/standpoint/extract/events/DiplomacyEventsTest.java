package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * Events of diplomacy news on parses stored as CoNLL-U ({@code diplomacy.conllu}): lists that lost their commas,
 * requests for a body to sit, requests named as nouns.
 */
class DiplomacyEventsTest {
    private static final ConlluCorpus DOCUMENTS = ConlluReader.resource(DiplomacyEventsTest.class, "diplomacy.conllu");

    private static List<String> triples(String id) {
        return EventFixtures.triples(DOCUMENTS, id);
    }

    @Test
    void members_of_a_body_calling_for_a_session_ask_the_body_each_one_of_a_list_without_commas() {
        assertThat(triples("members-call-meeting"))
                .containsExactlyInAnyOrder("DEU 020 IGO", "BEL 020 IGO", "POL 020 IGO", "GBR 020 IGO");
    }

    @Test
    void a_call_for_a_meeting_of_a_body_asks_that_body() {
        assertThat(triples("call-meeting-of-body")).containsExactly("SWE 020 IGO");
    }

    @Test
    void a_call_for_a_meeting_by_requesters_of_no_body_asks_no_one() {
        assertThat(triples("diplomats-call-meeting")).isEmpty();
    }

    @Test
    void a_list_without_commas_whose_quantifier_floats_before_a_loose_gerund_is_its_doer() {
        assertThat(triples("list-pointing-finger"))
                .containsExactlyInAnyOrder("CAN 112 IRN", "JPN 112 IRN", "AUS 112 IRN");
    }

    @Test
    void a_list_without_commas_parsed_as_compounds_is_one_subject_per_name() {
        assertThat(triples("list-condemned")).containsExactlyInAnyOrder("CAN 111 IRN", "JPN 111 IRN", "AUS 111 IRN");
    }

    @Test
    void a_renewed_push_for_someone_to_act_is_an_appeal_to_them() {
        assertThat(triples("renewed-push")).containsExactly("IGO 020 SDN");
    }

    @Test
    void the_actors_of_an_absolute_with_phrase_parsed_under_a_subject_noun_do_the_gerund() {
        assertThat(triples("absolute-with-outrage"))
                .containsExactlyInAnyOrder("CAN 112 IRN", "JPN 112 IRN", "AUS 112 IRN");
    }

    @Test
    void a_participle_hung_on_named_actors_is_not_coded_for_them_since_such_participles_mostly_describe_them() {
        assertThat(triples("absolute-with-pointing-commas")).isEmpty();
    }

    @Test
    void scepticism_expressed_about_a_thing_is_a_pessimistic_comment_on_its_owner() {
        assertThat(triples("voiced-scepticism")).contains("JPN 012 CHN");
    }

    @Test
    void what_a_speaker_told_someone_it_would_do_parsed_as_a_parataxis_is_an_intent_not_a_hypothesis() {
        assertThat(triples("told-it-would-allow")).contains("KEN 035 IGO");
    }

    @Test
    void an_act_that_a_meeting_is_to_discuss_is_not_done() {
        assertThat(triples("meet-to-discuss-ending")).isNotEmpty().allMatch(t -> t.contains(" 036 "));
    }

    @Test
    void a_call_upon_a_body_to_act_is_an_appeal_to_it() {
        assertThat(triples("called-upon")).containsExactly("IGO 020 IGO");
    }

    @Test
    void coordinated_doers_who_agree_with_no_other_partner_agree_with_each_other() {
        assertThat(triples("agreed-with-each-other")).containsExactlyInAnyOrder("FRA 057 ITA", "ITA 057 FRA");
    }

    @Test
    void one_doer_agreeing_to_act_names_no_partner() {
        assertThat(triples("agreed-alone")).isEmpty();
    }

    @Test
    void forces_that_stopped_shelling_a_country_de_escalate_with_it() {
        assertThat(triples("stopped-shelling")).contains("TUR 087 ARM").noneMatch(t -> t.contains(" 19"));
    }

    @Test
    void halting_ones_strikes_on_a_country_is_de_escalation_not_a_strike() {
        assertThat(triples("halted-strikes")).containsExactly("TUR 087 IRQ");
    }

    @Test
    void stopping_what_is_no_force_is_no_de_escalation() {
        assertThat(triples("stopped-talks")).noneMatch(t -> t.contains(" 087 "));
    }

    @Test
    void a_killing_trailing_its_clause_unlabelled_is_done_by_the_clause_subject() {
        assertThat(triples("trailing-killing")).anyMatch(t -> t.startsWith("TUR 19") && t.endsWith(" ARM"));
        assertThat(triples("trailing-killing-twice")).anyMatch(t -> t.startsWith("TUR 19") && t.endsWith(" ARM"));
    }
}
