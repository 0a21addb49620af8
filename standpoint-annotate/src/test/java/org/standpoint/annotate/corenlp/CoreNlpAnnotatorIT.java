package org.standpoint.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Sentence;
import org.standpoint.model.Token;

class CoreNlpAnnotatorIT {
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.load(CoreNlpConfig.DEFAULT));
    }

    private static final String TEXT = "Norway and Chile voted for the draft on Tuesday. "
            + "\"We will keep talking,\" the envoy told reporters in Geneva.";

    @Test
    void relative_dates_are_resolved_against_the_publication_date() {
        Annotation a = annotator.annotate(TEXT, PartialDate.parse("2011-10-06").orElseThrow());
        assertThat(a.times()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("Tuesday");
            assertThat(t.value()).isEqualTo("2011-10-04");
        });
    }

    @Test
    void sentences_tokens_and_offsets_index_the_input_text() {
        Annotation a = annotator.annotate(TEXT, null);
        assertThat(a.sentences()).hasSize(2);
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(t.span().of(TEXT)).isEqualTo(t.word().replace("``", "\"").replace("''", "\""));
            }
        }
        assertThat(a.sentences().get(0).tokens().get(0).ner()).isIn("COUNTRY", "LOCATION");
    }

    @Test
    void coordinated_subjects_both_govern_the_verb() {
        Sentence s = annotator.annotate(TEXT, null).sentences().get(0);
        int voted = indexOf(s, "voted");
        List<String> subjects = s.dependencies().stream()
                .filter(d -> d.governor() == voted && d.relation().startsWith("nsubj"))
                .map(d -> s.tokens().get(d.dependent()).word()).toList();
        assertThat(subjects).contains("Norway", "Chile");
        assertThat(s.dependencies()).anyMatch(d -> d.governor() == Dependency.ROOT && d.dependent() == voted);
    }

    @Test
    void quotations_are_found_without_their_marks() {
        Annotation a = annotator.annotate(TEXT, null);
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("We will keep talking,"));
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
