package org.standpoint.extract.stances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.model.Annotation;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Stance;

/** Stance detection on sentences written for these tests, parsed by the real CoreNLP models. */
class DependencyStanceDetectorIT {
    private static final PartialDate PUBLISHED = PartialDate.parse("2013-05-16").orElseThrow();
    private static final StanceDetector DETECTOR = DependencyStanceDetector.bundled();
    private static CoreNlpAnnotator annotator;
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
        resolver = DictionaryActorResolver.bundled();
    }

    static List<Stance> detect(String text) {
        Annotation a = annotator.annotate(text, PUBLISHED);
        return DETECTOR.detect(a, text, resolver.resolve(a, text, PUBLISHED), PUBLISHED);
    }

    static List<String> keys(String text) {
        return detect(text).stream().map(s -> s.holder().substring(0, 3) + " " + s.policy() + " "
                + (s.target() == null ? "-" : s.target()) + " " + s.polarity().name().toLowerCase()).toList();
    }

    @Test
    void a_call_for_a_leader_to_resign_supports_his_exit() {
        assertThat(keys("Norway called for Belarusian President Alexander Lukashenko to resign."))
                .contains("NOR leader_exit BLR support");
    }

    @Test
    void opposing_a_policy_is_an_opposing_stance() {
        assertThat(keys("Brazil opposes sanctions on Venezuela."))
                .containsExactly("BRA sanctions VEN oppose");
    }

    @Test
    void not_supporting_calls_for_an_exit_opposes_it() {
        assertThat(keys("Sweden does not support calls for Belarusian President Alexander Lukashenko to resign."))
                .contains("SWE leader_exit BLR oppose");
    }

    @Test
    void a_double_negation_supports() {
        assertThat(keys("Chile does not oppose sanctions against Venezuela."))
                .containsExactly("CHL sanctions VEN support");
    }

    @Test
    void the_speaker_of_should_step_down_supports_the_exit() {
        assertThat(keys("Germany said Belarusian President Alexander Lukashenko should step down."))
                .contains("DEU leader_exit BLR support");
    }

    @Test
    void each_conjunct_holder_gets_a_stance() {
        assertThat(keys("Brazil and Argentina have resisted efforts to impose sanctions on Venezuela."))
                .contains("BRA sanctions VEN oppose", "ARG sanctions VEN oppose");
    }

    @Test
    void agreeing_to_an_initiative_supports_the_plan_and_keeps_its_name() {
        List<Stance> stances = detect("Venezuela agreed to the Lima Group initiative on Tuesday.");
        assertThat(stances).anySatisfy(s -> {
            assertThat(s.holder()).startsWith("VEN");
            assertThat(s.policy()).isEqualTo("peace_plan");
            assertThat(s.rule()).contains("plan=");
        });
    }

    @Test
    void a_stance_without_a_holder_is_not_coded() {
        assertThat(detect("Calls for sanctions on Venezuela grew louder.")).isEmpty();
    }

    @Test
    void an_unresolved_pronoun_holder_is_not_coded() {
        assertThat(detect("He opposes sanctions on Venezuela.")).isEmpty();
    }

    @Test
    void stances_are_dated_to_the_publication_month() {
        assertThat(detect("Brazil opposes sanctions on Venezuela.")).allSatisfy(s ->
                assertThat(s.date()).hasToString("2013-05"));
    }

    @Test
    void the_sponsor_of_a_measure_supports_it() {
        assertThat(keys("Norway circulated a Brazilian-drafted resolution that condemns Venezuela."))
                .anyMatch(k -> k.startsWith("BRA un_condemnation") && k.endsWith("support"));
    }

    @Test
    void each_coordinated_modifier_of_a_holder_holds_the_stance() {
        assertThat(keys("Canadian and Mexican leaders' calls for Belarusian President Alexander Lukashenko to resign grew louder."))
                .contains("CAN leader_exit BLR support", "MEX leader_exit BLR support");
    }

    @Test
    void a_place_that_names_a_plan_is_not_its_target() {
        assertThat(keys("Peru backed the Geneva declaration on Venezuela."))
                .noneMatch(k -> k.startsWith("PER peace_plan CHE"));
    }

    @Test
    void the_content_of_someone_elses_appeal_is_not_the_addressees_stance() {
        assertThat(keys("Canada resisted new Swedish appeals to Norway to persuade Belarusian President Alexander Lukashenko to quit."))
                .noneMatch(k -> k.startsWith("CAN leader_exit") && k.endsWith("support"));
    }

    @Test
    void whoever_presses_others_to_join_calls_holds_the_position_not_the_one_pressed() {
        List<String> k = keys("Belarusian opposition leaders pressed Norway to join calls for the resignation of "
                + "Belarusian President Alexander Lukashenko.");
        assertThat(k).contains("BLR leader_exit BLR support").noneMatch(x -> x.startsWith("NOR leader_exit"));
    }

    @Test
    void a_policy_the_user_defines_is_detected() throws java.io.IOException {
        java.nio.file.Path mine = java.nio.file.Files.createTempFile("policies", ".tsv");
        java.nio.file.Files.writeString(mine, "ceasefire\tceasefire\n");
        StanceDetector withCeasefire = new DependencyStanceDetector(StanceLexicon.bundled().withPolicies(mine));
        String text = "Norway called for a ceasefire in Yemen.";
        Annotation a = annotator.annotate(text, PUBLISHED);
        assertThat(withCeasefire.detect(a, text, resolver.resolve(a, text, PUBLISHED), PUBLISHED))
                .anyMatch(s -> s.holder().startsWith("NOR") && s.policy().equals("ceasefire") && "YEM".equals(s.target()));
    }
}
