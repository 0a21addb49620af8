package org.standpoint.extract.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.stances.StanceFixtures.detect;
import static org.standpoint.extract.stances.StanceFixtures.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluReader;

/** Stances from policy cues and stance predicates, on parses stored as CoNLL-U. */
class DependencyStanceDetectorTest {
    /** The document has one stance, {@code key}, whose rule starts with {@code rule}. */
    private static void assertOnlyStance(String id, String key, String rule) {
        assertThat(keys(id)).containsExactly(key);
        assertThat(detect(id).get(0).rule()).startsWith(rule + ";");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "call-for-resignation, NOR leader_exit BLR support, cue=resign predicate=call",
        "oppose-sanctions, BRA sanctions VEN oppose, cue=sanction predicate=oppose",
        "relative-clause-holder, BRA sanctions VEN oppose, cue=sanction predicate=oppose",
        "owner-of-a-noun-predicate, BRA sanctions VEN oppose, cue=sanction predicate=opposition",
        "domestic-holder, SYR leader_exit SYR support, cue=resignation predicate=call",
        "hyphen-split-cue, NOR peace_plan TCD support, cue=cease-fire predicate=call",
        "maintained-measure, CHL sanctions VEN support, cue=sanction predicate=maintain",
        "stressed-need, GBR peace_plan MLI support, cue=ceasefire predicate=need",
        "importance-of-keeping, TUR peace_plan LBY support, cue=truce predicate=maintain under=importance",
        "negotiated-settlement, GHA negotiations MLI support, cue=negotiate settlement predicate=importance",
        "ready-to-back, ESP sanctions VEN support, cue=sanction predicate=back",
        "willing-to-take-part, NOR negotiations SDN support, cue=talk predicate=take",
        "participate, MEX negotiations COL support, cue=conference predicate=participate",
        "opposed-to, CHL military_intervention VEN oppose, cue=military intervention predicate=oppose",
        "in-favour-of, PRT peace_plan YEM support, cue=ceasefire predicate=favour"})
    void the_holder_of_the_predicate_over_a_cue_takes_its_polarity(String id, String key, String rule) {
        assertOnlyStance(id, key, rule);
    }

    @Test
    void a_country_in_the_cues_complement_is_the_target() {
        assertThat(detect("oppose-sanctions")).singleElement().satisfies(s -> {
            assertThat(s.target()).isEqualTo("VEN");
            assertThat(s.rule()).endsWith("; target: named in the cue's complement");
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "double-negation, CHL sanctions VEN support, cue=sanction predicate=oppose negations=1",
        "not-intending-to-push, NOR sanctions VEN oppose, cue=sanction predicate=push negations=1",
        "inverse-cue, CHN military_intervention SYR oppose, cue=noninterference predicate=support negations=1"})
    void a_negation_or_an_inverse_cue_flips_the_polarity(String id, String key, String rule) {
        assertOnlyStance(id, key, rule);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "not-support-calls, SWE leader_exit BLR oppose, cue=resign predicate=call under=support",
        "opposes-calls, SWE sanctions VEN oppose, cue=sanction predicate=call under=oppose",
        "refused-to-back, RUS sanctions SYR oppose, cue=sanction predicate=back under=refuse",
        "someone-elses-appeal, CAN leader_exit BLR oppose, cue=quit predicate=persuade under=resist"})
    void a_predicate_over_a_predicate_composes_their_polarities(String id, String key, String rule) {
        assertOnlyStance(id, key, rule);
    }

    @Test
    void not_being_prepared_to_push_for_a_policy_opposes_it() {
        assertThat(keys("not-prepared-to-push")).containsExactly("NOR sanctions VEN oppose");
    }

    @Test
    void the_speaker_of_a_should_clause_supports_what_it_says_should_happen() {
        assertOnlyStance("speaker-of-should", "DEU leader_exit BLR support",
                "cue=step down predicate=say (speaker of a should/must clause)");
    }

    @Test
    void each_conjunct_holder_gets_a_stance() {
        assertThat(keys("conjunct-holders")).containsExactly("BRA sanctions VEN oppose", "ARG sanctions VEN oppose");
    }

    @Test
    void each_coordinated_modifier_of_a_holder_holds_the_stance() {
        assertThat(keys("coordinated-modifiers")).containsExactlyInAnyOrder("MEX leader_exit BLR support", "CAN leader_exit BLR support");
    }

    @Test
    void the_noun_a_participle_clause_modifies_holds_its_stance() {
        assertThat(detect("participle-holder")).singleElement().satisfies(s -> assertThat(s)
                .extracting(Stance::holder, Stance::policy, Stance::polarity).containsExactly("BHROPP", "reforms", Polarity.SUPPORT));
    }

    @Test
    void a_word_of_common_english_names_a_policy_only_in_the_talk_of_states() {
        assertThat(keys("context-cue-in-other-news")).as("a church's resolution, a space agency's plan").isEmpty();
        assertThat(keys("context-cue-beside-an-international-body")).containsExactly("CHL un_condemnation VEN support");
    }

    @Test
    void a_domestic_holder_without_a_named_target_aims_at_home() {
        assertThat(keys("participle-holder")).containsExactly("BHR reforms BHR support");
    }

    @Test
    void the_sponsor_of_a_measure_supports_it() {
        assertThat(detect("sponsor")).singleElement().satisfies(s -> {
            assertThat(s).extracting(Stance::holder, Stance::policy, Stance::polarity)
                    .containsExactly("BRA", "un_condemnation", Polarity.SUPPORT);
            assertThat(s.rule()).startsWith("cue=resolution sponsor=draft;");
        });
    }

    @Test
    void the_sponsor_of_a_resolution_aims_at_the_country_it_condemns() {
        assertThat(keys("sponsor")).containsExactly("BRA un_condemnation VEN support");
    }

    @Test
    void a_peace_plan_keeps_the_name_the_proper_nouns_before_it_give() {
        assertThat(detect("plan-name")).singleElement().satisfies(s -> {
            assertThat(s).extracting(Stance::holder, Stance::policy).containsExactly("VEN", "peace_plan");
            assertThat(s.rule()).contains("; plan=Lima Group initiative;");
        });
    }

    @Test
    void a_place_that_names_a_plan_is_not_its_target() {
        assertThat(keys("place-names-a-plan")).containsExactly("PER peace_plan VEN support");
    }

    @Test
    void a_cue_without_a_target_aims_at_the_articles_conflict() {
        assertThat(keys("target-from-the-article")).containsExactly("NOR sanctions VEN oppose");
        assertThat(detect("target-from-the-article").get(0).rule()).endsWith("; target: the article's conflict");
    }

    @Test
    void whoever_presses_others_to_join_calls_holds_the_position_not_the_one_pressed() {
        assertThat(keys("pressed-to-join")).containsExactly("BLR leader_exit BLR support");
    }

    @Test
    void a_time_expression_on_the_predicate_dates_the_stance() {
        assertThat(detect("dated-predicate")).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(PartialDate.parse("2013-05-14").orElseThrow()));
    }

    @Test
    void an_undated_stance_is_dated_to_the_publication_month() {
        assertThat(detect("oppose-sanctions")).singleElement().satisfies(s -> assertThat(s.date()).hasToString("2013-05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-holder", "pronoun-holder", "water-accord"})
    void without_a_resolved_holder_or_a_known_cue_there_is_no_stance(String id) {
        assertThat(detect(id)).isEmpty();
    }

    @Test
    void a_policy_the_user_defines_is_detected(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("policies.tsv"), "water_sharing\twater accord\n");
        assertThat(StanceFixtures.detect(StanceFixtures.withPolicies(mine), "water-accord")).singleElement().satisfies(s -> assertThat(s)
                .extracting(Stance::holder, Stance::policy, Stance::target).containsExactly("NOR", "water_sharing", "YEM"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ceasefire, NOR peace_plan YEM support, cue=ceasefire predicate=call",
        "investigation, CAN monitoring_mission YEM support, cue=investigation predicate=demand",
        "noun-only-cue, RUS un_condemnation MLI oppose, cue=draft predicate=veto",
        "cue-as-compound, DEU reforms TUN support, cue=reform predicate=back"})
    void truces_inquiries_and_drafts_are_policies_as_news_names_them(String id, String key, String rule) {
        assertOnlyStance(id, key, rule);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "undecided-predicate, KEN peace_plan SOM undecided, cue=truce predicate=scepticism",
        "mulling-over, SOM peace_plan SOM undecided, cue=truce predicate=mull"})
    void scepticism_and_mulling_over_leave_the_holder_undecided(String id, String key, String rule) {
        assertOnlyStance(id, key, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sponsoring-participle, TUR peace_plan LBY support, QAT peace_plan LBY support",
        "hyphenated-sponsors, TUR peace_plan LBY support, QAT peace_plan LBY support"})
    void the_agents_of_a_brokered_truce_support_it(String id, String first, String second) {
        assertThat(keys(id)).contains(first, second);
    }

    @Test
    void a_pair_of_countries_before_a_deal_are_its_parties() {
        assertThat(keys("pair-owner")).containsExactlyInAnyOrder("LBY peace_plan LBY oppose", "TUR peace_plan LBY support",
                "QAT peace_plan LBY support");
    }

    @Test
    void one_country_before_a_measure_may_be_its_topic_and_does_not_sponsor_it() {
        assertThat(keys("single-compound-owner")).containsExactly("ARG un_condemnation VEN oppose");
    }

    @Test
    void a_definite_agreement_refers_back_to_the_truce_named_before() {
        assertThat(keys("reference")).contains("LBY peace_plan LBY support");
        assertThat(keys("reference-without-antecedent")).isEmpty();
    }

    @Test
    void a_relative_clause_that_seeks_the_cue_states_its_subjects_stance() {
        assertThat(keys("relative-clause-predicate")).containsExactly("NER military_intervention TCD support");
    }

    @Test
    void the_object_of_a_light_verb_states_the_stance() {
        assertOnlyStance("light-verb", "SWE un_condemnation TCD oppose", "cue=resolution predicate=veto");
    }

    @Test
    void we_inside_a_quotation_is_its_speaker() {
        assertThat(keys("quote-speaker")).containsExactly("VEN sanctions VEN oppose");
    }

    @Test
    void a_measure_speaks_for_its_sponsor() {
        assertThat(keys("measure-speaks-for-its-sponsor")).contains("BRA monitoring_mission VEN support");
    }

    @Test
    void a_predicate_does_not_govern_the_clause_coordinated_with_it() {
        assertThat(detect("coordinated-clause")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"adjunct-of-place", "opposition-as-actor", "reported-calls", "relative-clause-on-an-actor"})
    void places_actors_reported_words_and_clauses_on_actors_state_no_stance(String id) {
        assertThat(detect(id)).isEmpty();
    }

    @Test
    void what_a_measure_stops_short_of_is_no_position() {
        assertThat(keys("left-out")).containsExactly("BRA un_condemnation VEN support");
    }

    @Test
    void a_truce_parsed_as_the_subject_of_brokered_is_still_the_object_of_accepting_it() {
        assertThat(keys("reduced-relative")).contains("LBY peace_plan LBY support", "TUR peace_plan LBY support",
                "EGY peace_plan LBY support", "SDN peace_plan LBY support");
    }

    @Test
    void calling_for_lifting_sanctions_opposes_them() {
        assertThat(keys("lifting-sanctions")).containsExactly("NOR sanctions TCD oppose");
    }

    @Test
    void vetoing_a_resolution_opposes_what_its_relative_clause_would_have_done() {
        assertThat(keys("relative-clause-on-a-measure")).contains("NOR sanctions TCD oppose");
    }

    @Test
    void the_agent_of_a_passive_predicate_holds_the_stance_on_its_subject() {
        assertOnlyStance("passive-predicate", "RUS un_condemnation TCD oppose", "cue=resolution predicate=veto");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passive-subject-undergoes", "backed-by-strikes", "draft-law"})
    void who_undergoes_a_predicate_what_does_the_backing_and_a_draft_law_state_no_stance(String id) {
        assertThat(detect(id)).isEmpty();
    }

    @Test
    void the_speaker_of_a_must_clause_supports_responding_with_force() {
        assertThat(detect("respond-with-force")).singleElement().satisfies(s -> {
            assertThat(s.holder()).startsWith("NOR");
            assertThat(s.policy()).isEqualTo("military_intervention");
            assertThat(s.polarity()).isEqualTo(Polarity.SUPPORT);
        });
    }

    @Test
    void a_list_of_countries_that_lost_its_commas_names_every_holder() {
        assertThat(keys("list-without-commas")).containsExactly("RUS peace_plan LBY support", "IRN peace_plan LBY support",
                "TUR peace_plan LBY support");
    }

    @Test
    void a_country_modifying_its_own_institution_is_no_item_of_a_list() {
        assertThat(keys("same-country-modifier")).containsExactlyInAnyOrder("TUR peace_plan LBY support",
                "IRN peace_plan LBY support");
    }

    @Test
    void a_stance_verb_the_tagger_made_a_noun_still_heads_its_clause() {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(
                "1   Chile       Chile       _  NNP  _  2   compound  2:compound     NER=LOCATION",
                "2   Peru        Peru        _  NNP  _  7   nsubj     7:nsubj        NER=LOCATION",
                "3   and         and         _  CC   _  4   cc        4:cc           _",
                "4   Brazil      Brazil      _  NNP  _  2   conj:and  2:conj:and     NER=LOCATION",
                "5   in          in          _  IN   _  6   case      6:case         _",
                "6   March       March       _  NNP  _  7   obl:in    7:obl:in       _",
                "7   put         put         _  NN   _  0   root      0:root         _",
                "8   forward     forward     _  RB   _  7   advmod    7:advmod       _",
                "9   a           a           _  DT   _  10  det       10:det         _",
                "10  draft       draft       _  NN   _  7   obj       7:obj          _",
                "11  to          to          _  TO   _  12  mark      12:mark        _",
                "12  impose      impose      _  VB   _  7   advcl:to  7:advcl:to     _",
                "13  sanctions   sanction    _  NNS  _  12  obj       12:obj         _",
                "14  on          on          _  IN   _  15  case      15:case        _",
                "15  Venezuela   Venezuela   _  NNP  _  12  obl:on    12:obl:on      NER=LOCATION|SpaceAfter=No",
                "16  .           .           _  .    _  7   punct     7:punct        _")).get(0);

        assertThat(keys(d)).contains("CHL sanctions VEN support", "PER sanctions VEN support", "BRA sanctions VEN support");
    }

    @Test
    void a_speech_verb_parsed_as_the_subject_of_what_was_said_lends_its_object_as_the_subject() {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(
                "1   Jones     Jones     _  NNP  _  2   nsubj    2:nsubj     NER=PERSON",
                "2   said      say       _  VBD  _  6   csubj    6:csubj     _",
                "3   Canadian  canadian  _  JJ   _  4   amod     4:amod      NER=NATIONALITY",
                "4   ships     ship      _  NNS  _  2   obj      2:obj       _",
                "5   could     could     _  MD   _  6   aux      6:aux       _",
                "6   enforce   enforce   _  VB   _  0   root     0:root      _",
                "7   an        a         _  DT   _  8   det      8:det       _",
                "8   embargo   embargo   _  NN   _  6   obj      6:obj       _",
                "9   on        on        _  IN   _  10  case     10:case     _",
                "10  Libya     Libya     _  NNP  _  8   nmod:on  8:nmod:on   NER=LOCATION|SpaceAfter=No",
                "11  .         .         _  .    _  6   punct    6:punct     _")).get(0);

        assertThat(keys(d)).containsExactly("CAN sanctions LBY support");
    }

    @Test
    void a_cue_the_parser_left_hanging_as_a_dependent_reaches_the_verb_over_it() {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(
                "1  Sweden     Sweden     _  NNP  _  2  nsubj      2:nsubj      NER=LOCATION",
                "2  voiced     voice      _  VBD  _  0  root       0:root       _",
                "3  doubt      doubt      _  NN   _  2  obj        2:obj        _",
                "4  over       over       _  IN   _  5  case       5:case       _",
                "5  Sudans     Sudans     _  NNP  _  3  nmod:over  3:nmod:over  _",
                "6  planned    plan       _  VBD  _  7  amod       7:amod       _",
                "7  truce      truce      _  NN   _  2  dep        2:dep        SpaceAfter=No",
                "8  .          .          _  .    _  2  punct      2:punct      _")).get(0);

        assertThat(keys(d)).singleElement().asString().startsWith("SWE peace_plan").endsWith("undecided");
    }

    @Test
    void a_measure_submitted_to_a_body_states_no_stance_of_its_own() {
        assertThat(detect("submitted-measure")).isEmpty();
    }
}
