package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;

/** Event coding on sentences written for these tests, parsed by the real CoreNLP models. */
class DependencyEventCoderIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static CoreNlpAnnotator annotator;
    private static ActorResolver resolver;
    private static final EventCoder CODER = new DependencyEventCoder(VerbLexicon.bundled());

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
        resolver = DictionaryActorResolver.bundled();
    }

    static List<Event> code(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        return CODER.code(a, text, resolver.resolve(a, text, THURSDAY), THURSDAY);
    }

    static List<String> triples(String text) {
        return code(text).stream().map(e -> e.source().substring(0, 3) + " " + e.cameo() + " " + e.target().substring(0, 3)).toList();
    }

    @Test
    void an_accusation_names_accuser_and_accused() {
        assertThat(triples("Norway accused Sweden of breaking the fishing treaty.")).containsExactly("NOR 112 SWE");
    }

    @Test
    void a_negated_event_is_not_coded() {
        assertThat(code("Norway did not accuse Sweden of breaking the treaty.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If Russia vetoes the draft, talks will collapse.", "Will China veto the resolution?",
            "A resolution that would have condemned Iran failed."})
    void hypotheticals_and_questions_are_not_coded(String text) {
        assertThat(code(text)).noneMatch(e -> e.cameo().startsWith("12") || e.cameo().startsWith("11"));
    }

    @Test
    void a_threat_to_veto_is_coded_as_a_threat() {
        List<Event> events = code("Russia threatened to veto the draft resolution.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).startsWith("RUS");
            assertThat(e.cameo()).isEqualTo("130");
            assertThat(e.modality()).isEqualTo(Modality.THREATENED);
        });
    }

    @Test
    void a_failed_attempt_is_still_an_appeal() {
        List<Event> events = code("Germany failed to convince Italy to back the plan.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source() + " " + e.cameo().substring(0, 2) + " " + e.target()).startsWith("DEU 02 ITA");
            assertThat(e.modality()).isEqualTo(Modality.ATTEMPTED);
        });
    }

    @Test
    void events_in_reported_speech_are_coded_for_their_own_subject() {
        assertThat(triples("Officials in Cairo said Egypt had expelled the Libyan ambassador.")).contains("EGY 166 LBY");
    }

    @Test
    void the_agent_of_a_passive_is_the_source() {
        assertThat(triples("Iran was condemned by Canada on Monday.")).containsExactly("CAN 111 IRN");
    }

    @Test
    void coordinated_subjects_give_one_event_each() {
        assertThat(triples("Russia and China vetoed the resolution.")).containsExactlyInAnyOrder("RUS 129 IGO", "CHN 129 IGO");
    }

    @Test
    void capitals_stand_for_their_governments() {
        assertThat(code("Beijing criticized Washington on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("CHNGOV");
            assertThat(e.target()).isEqualTo("USAGOV");
        });
    }

    @Test
    void relative_dates_resolve_against_the_publication_date() {
        assertThat(code("Beijing criticized Washington on Monday.")).singleElement()
                .satisfies(e -> assertThat(e.date()).hasToString("2012-03-05"));
    }

    @Test
    void saying_someone_should_step_down_is_an_appeal_for_a_change_of_leader() {
        assertThat(triples("Turkey said on Monday that Assad should step down.")).containsExactly("TUR 0241 SYR");
    }

    @Test
    void a_nominal_veto_is_coded_for_its_owner() {
        assertThat(triples("Russia's veto of the resolution angered many diplomats.")).contains("RUS 129 IGO");
    }

    @Test
    void what_an_appeal_asks_for_refines_its_code() {
        assertThat(triples("Britain urged Bahrain to implement reforms.")).containsExactly("GBR 024 BHR");
    }

    @Test
    void an_appeal_is_not_the_act_it_asks_for() {
        assertThat(triples("Britain urged Bahrain to release the detained activists."))
                .noneMatch(t -> t.startsWith("BHR"));
    }

    @Test
    void the_same_event_stated_twice_is_one_event_with_two_mentions() {
        List<Event> events = code("Russia vetoed the resolution. Diplomats were stunned. Russia vetoed the resolution.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void every_event_carries_its_evidence_and_rule() {
        String text = "Norway accused Sweden of breaking the fishing treaty.";
        assertThat(code(text)).singleElement().satisfies(e -> {
            assertThat(e.evidence()).isEqualTo(text);
            assertThat(e.span().of(text)).isEqualTo(text);
            assertThat(e.rule()).isEqualTo("verb:accuse");
            assertThat(e.dictionaryEntries()).hasSize(2);
        });
    }

    @Test
    void a_threat_is_aimed_at_the_sponsor_of_what_it_targets_even_when_named_earlier() {
        List<Event> events = code("Britain circulated a French-drafted resolution on Monday. "
                + "Russia threatened to use its veto against the resolution.");
        assertThat(events).filteredOn(e -> e.modality() == Modality.THREATENED).singleElement()
                .satisfies(e -> assertThat(e.source().substring(0, 3) + " " + e.cameo() + " " + e.target()).isEqualTo("RUS 130 FRA"));
    }

    @Test
    void a_call_for_someone_to_resign_is_an_appeal_for_a_change_of_leader() {
        assertThat(triples("Canada called for Assad to resign.")).containsExactly("CAN 0241 SYR");
    }

    @Test
    void a_plural_pronoun_stands_for_the_people_just_named() {
        List<String> t = triples("Hillary Clinton met Sergei Lavrov in Geneva, where they held talks with Ban Ki-moon.");
        assertThat(t).contains("USA 046 IGO", "RUS 046 IGO");
    }

    @Test
    void a_possessive_pronoun_names_the_noun_its_clause_modifies() {
        List<String> t = triples("Canada sanctioned the Yemeni regime, known for its crackdown on protesters. "
                + "Mexico later criticized the crackdown.");
        assertThat(t).contains("MEX 111 YEM");
    }

    @Test
    void a_date_on_the_verb_an_act_depends_on_dates_the_act() {
        assertThat(code("Norway voted on Monday to expel the Swedish ambassador."))
                .filteredOn(e -> e.cameo().startsWith("16")).singleElement()
                .satisfies(e -> assertThat(e.date()).hasToString("2012-03-05"));
    }
}
