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
    void dates_and_counts_are_found_in_cued_sentences_and_names_everywhere_in_text_order() {
        String text = "Envoys from Peru met in Lima. More than 3,500 people have died since March, the agency said. "
                + "Officials of Ghana spoke with Kofi Annan on Friday.";
        Annotation a = annotator.annotate(text, PartialDate.parse("2011-11-08").orElseThrow());

        Token count = a.sentences().get(1).tokens().stream().filter(t -> t.word().equals("3,500")).findFirst().orElseThrow();
        assertThat(count.ner()).isEqualTo("NUMBER");
        assertThat(count.normalized()).isEqualTo(">3500.0");
        // In text order; which Friday SUTime picks from the tense is its own business.
        assertThat(a.times()).extracting(t -> t.text() + "=" + t.value().substring(0, 7))
                .containsExactly("March=2011-03", "Friday=2011-11");
        assertThat(a.sentences().get(0).tokens()).filteredOn(t -> t.word().equals("Lima")).singleElement()
                .satisfies(t -> assertThat(t.ner()).isEqualTo("LOCATION"));
        assertThat(a.sentences().get(2).tokens()).filteredOn(t -> t.word().equals("Annan")).singleElement()
                .satisfies(t -> assertThat(t.ner()).isEqualTo("PERSON"));
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
