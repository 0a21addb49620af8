package org.standpoint.extract.stances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.PartialDate;

/**
 * End to end: stance detection on sentences written for these tests, parsed by the real CoreNLP models. The
 * rules themselves are tested on stored parses (the {@code *Test} classes and {@code stances.conllu}).
 */
class DependencyStanceDetectorIT {
    private static final PartialDate PUBLISHED = PartialDate.parse("2013-05-16").orElseThrow();
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    }

    static List<String> keys(String text) {
        Annotation a = annotator.annotate(text, PUBLISHED);
        List<org.standpoint.model.Mention> mentions = ExtractFixtures.RESOLVER.resolve(a, text, PUBLISHED);
        return StanceFixtures.DETECTOR.detect(a, text, mentions, ExtractFixtures.quotes(a, text, mentions), PUBLISHED).stream()
                .map(s -> ActorCode.of(s.holder()).prefix() + " " + s.policy() + " " + s.target() + " " + s.polarity()).toList();
    }

    @Test
    void a_call_for_a_leader_to_resign_supports_his_exit() {
        assertThat(keys("Norway called for Belarusian President Alexander Lukashenko to resign."))
                .contains("NOR leader_exit BLR SUPPORT");
    }

    @Test
    void not_supporting_calls_for_an_exit_opposes_it() {
        assertThat(keys("Sweden does not support calls for Belarusian President Alexander Lukashenko to resign."))
                .contains("SWE leader_exit BLR OPPOSE");
    }
}
