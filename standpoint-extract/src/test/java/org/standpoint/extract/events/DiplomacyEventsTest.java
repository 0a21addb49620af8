package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.testkit.AnnotatedDocument;
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
    void proposing_a_measure_appeals_to_the_body_named_in_its_phrase_or_else_the_last_one_named() {
        assertThat(triples("measure-body-in-phrase")).containsExactly("NOR 022 IGO");
        assertThat(triples("measure-body-named-before")).containsExactly("NOR 022 IGO");
        assertThat(triples("measure-list-put-tagged-noun")).containsExactlyInAnyOrder("CAN 022 IGO", "NOR 022 IGO", "JPN 022 IGO");
    }

    @Test
    void drafting_what_is_no_measure_appeals_to_no_body() {
        assertThat(triples("measure-body-for-an-ordinary-object")).isEmpty();
    }

    @Test
    void what_will_follow_from_a_condition_is_not_coded() {
        assertThat(EventFixtures.code(DOCUMENTS, "measure-conditional")).extracting(e -> e.evidence().startsWith("Norway circulated")).containsExactly(true);
    }

    @Test
    void a_verb_the_tagger_took_for_a_noun_with_a_subject_and_an_object_of_its_own_is_coded_as_a_verb() {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(
                "# newdoc id = put-tagged-noun",
                "# published = 2019-03-12",
                "# text = The Security Council met.",
                "1  The       the       _  DT   _  3  det       3:det       _",
                "2  Security  Security  _  NNP  _  3  compound  3:compound  NER=ORGANIZATION",
                "3  Council   Council   _  NNP  _  4  nsubj     4:nsubj     NER=ORGANIZATION",
                "4  met       meet      _  VBD  _  0  root      0:root      SpaceAfter=No",
                "5  .         .         _  .    _  4  punct     4:punct     _",
                "",
                "# text = Norway put forward a resolution.",
                "1  Norway      Norway      _  NNP  _  2  nsubj     2:nsubj     NER=LOCATION",
                "2  put         put         _  NN   _  0  root      0:root      _",
                "3  forward     forward     _  RB   _  2  advmod    2:advmod    _",
                "4  a           a           _  DT   _  5  det       5:det       _",
                "5  resolution  resolution  _  NN   _  2  obj       2:obj       SpaceAfter=No",
                "6  .           .           _  .    _  2  punct     2:punct     _")).get(0);
        assertThat(EventFixtures.triples(new ConlluCorpus("inline", List.of(d)), "put-tagged-noun")).containsExactly("NOR 022 IGO");
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
