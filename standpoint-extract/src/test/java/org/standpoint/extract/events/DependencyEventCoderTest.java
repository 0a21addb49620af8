package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.events.EventFixtures.code;
import static org.standpoint.extract.events.EventFixtures.triples;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluReader;

/** Verb and noun patterns, their sources and targets, on parses stored as CoNLL-U. */
class DependencyEventCoderTest {
    @Test
    void conjuncts_linked_both_ways_in_the_enhanced_graph_do_not_send_the_source_search_round_in_circles() {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(
                "1  Norway     Norway     _  NNP  _  2  obj    2:obj           NER=COUNTRY",
                "2  condemned  condemn    _  VBD  _  0  root   0:root|4:conj   _",
                "3  and        and        _  CC   _  4  cc     4:cc            _",
                "4  rejected   reject     _  VBD  _  2  conj   2:conj          _",
                "5  Sweden     Sweden     _  NNP  _  4  obj    4:obj           NER=COUNTRY",
                "6  .          .          _  .    _  2  punct  2:punct         _")).get(0);
        List<Mention> mentions = ExtractFixtures.mentions(d);

        assertThat(EventFixtures.CODER.code(d.annotation(), d.body(), mentions,
                ExtractFixtures.quotes(d.annotation(), d.body(), mentions), d.published()))
                .allSatisfy(e -> assertThat(e.source()).isNull());
    }

    @Test
    void an_accusation_names_accuser_and_accused() {
        assertThat(triples("accusation")).containsExactly("NOR 112 SWE");
    }

    @Test
    void every_event_carries_its_evidence_rule_and_dictionary_entries() {
        String text = EventFixtures.DOCUMENTS.get("accusation").body();
        assertThat(code("accusation")).singleElement().satisfies(e -> {
            assertThat(e.evidence()).isEqualTo(text);
            assertThat(e.span().of(text)).isEqualTo(text);
            assertThat(e.rule()).isEqualTo("verb:accuse");
            assertThat(e.dictionaryEntries()).containsExactly("dictionary:NOR-names", "dictionary:SWE-names");
            assertThat(e).extracting(Event::modality, Event::mentions, Event::sentence).containsExactly(Modality.ASSERTED, 1, 0);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "apologized-to, GBR 055 FRA, verb:apologize",
        "appealed-to, NOR 026 SWE, verb:appeal",
        "particle-verb, EGY 173 LBY, verb:round_up",
        "verb-object-phrase, QAT 046 OMN, verb:hold_talks",
        "call-for-resignation, CAN 0241 SYR, verb:call",
        "suspended-membership, IGO 161 SYR, verb:suspend"})
    void a_pattern_finds_its_target_in_its_slot_and_is_refined_by_its_complement(String id, String triple, String rule) {
        assertThat(code(id)).singleElement().satisfies(e -> {
            assertThat(ActorCode.of(e.source()).prefix() + " " + e.cameo() + " " + ActorCode.of(e.target()).prefix()).isEqualTo(triple);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void a_call_on_someone_parsed_as_a_particle_verb_finds_the_object() {
        assertThat(triples("call-on")).containsExactly("NOR 026 SWE");
    }

    @Test
    void the_agent_of_a_passive_is_the_source_and_its_subject_the_target() {
        assertThat(triples("passive-agent")).containsExactly("CAN 111 IRN");
    }

    @Test
    void coordinated_subjects_give_one_event_each() {
        assertThat(triples("coordinated-subjects")).containsExactlyInAnyOrder("RUS 129 IGO", "CHN 129 IGO");
    }

    @Test
    void capitals_stand_for_their_governments() {
        assertThat(code("capitals-on-monday")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::target).containsExactly("CHNGOV", "USAGOV"));
    }

    @Test
    void events_in_reported_speech_are_coded_for_their_own_subject() {
        // The officials' report, in the lead, is their statement too (CAMEO coders code "officials said" as 010).
        assertThat(triples("reported-speech")).containsExactlyInAnyOrder("EGY 166 LBY", "EGY 010 LBY");
    }

    @Test
    void a_nominal_veto_is_coded_for_its_owner_against_the_default_target() {
        assertThat(code("nominal-veto")).singleElement().satisfies(e -> {
            assertThat(e).extracting(Event::source, Event::cameo, Event::target, Event::rule)
                    .containsExactly("RUS", "129", "IGOUNO", "noun:n:veto");
            assertThat(e.dictionaryEntries()).containsExactly("dictionary:RUS-names", "default:n:veto");
        });
    }

    @Test
    void a_verb_without_a_target_slot_codes_its_default_target() {
        assertThat(triples("default-target")).containsExactly("CHN 080 IGO");
    }

    @Test
    void a_noun_a_light_verb_carries_takes_the_partner_of_the_verb() {
        assertThat(code("light-verb")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target, Event::rule)
                .containsExactly("GBR", "020", "RUSGOV", "noun:n:appeal"));
    }

    @Test
    void joining_someone_in_a_veto_makes_both_vetoing_parties() {
        assertThat(triples("joined-in-a-veto")).containsExactly("CHN 129 IGO", "RUS 129 IGO");
    }

    @Test
    void a_thing_named_as_target_stands_for_its_owner() {
        assertThat(triples("owner-of-a-target")).containsExactly("RUS 111 FRA");
    }

    @Test
    void we_inside_a_quotation_is_its_speaker() {
        assertThat(code("first-person-in-a-quote")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::cameo, Event::target).containsExactly("DEUGOV", "111", "SYR"));
    }

    @Test
    void we_inside_a_quotation_is_the_speaker_the_quotes_stage_attributed_it_to_even_in_the_next_sentence() {
        assertThat(code("first-person-framed-in-the-next-sentence")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::cameo, Event::target)
                        .containsExactly("NOR", "111", "SYR"));
    }

    @Test
    void the_same_event_stated_twice_is_one_event_with_two_mentions() {
        assertThat(code("stated-twice")).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void a_threat_is_aimed_at_the_sponsor_of_what_it_targets_even_when_named_earlier() {
        assertThat(code("threat-against-a-sponsor")).filteredOn(e -> e.sentence() == 1).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::source, Event::cameo, Event::target, Event::modality)
                .containsExactly("RUS", "130", "FRA", Modality.THREATENED));
    }

    @Test
    void a_plural_pronoun_stands_for_the_people_just_named() {
        assertThat(triples("plural-pronoun")).contains("USA 046 IGO", "RUS 046 IGO");
    }

    @Test
    void the_participants_of_talks_consult_each_other_too() {
        List<String> t = triples("plural-pronoun");
        assertThat(t).contains("USA 046 RUS", "RUS 046 USA");
    }

    @Test
    void two_actors_holding_talks_consult_each_other_without_another_partner() {
        assertThat(triples("talks-among-participants")).containsExactlyInAnyOrder("USA 046 RUS", "RUS 046 USA");
    }

    @Test
    void a_possessive_pronoun_names_the_noun_its_clause_modifies() {
        assertThat(triples("possessive-pronoun")).containsExactly("CAN 163 YEM", "MEX 111 YEM");
    }
}
