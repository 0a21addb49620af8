package org.standpoint.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Annotation;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.PartialDate;

/**
 * End to end: figure extraction on sentences written for these tests, parsed by the real CoreNLP models. The
 * rules themselves are tested on stored parses (the {@code *Test} classes and {@code figures.conllu}).
 */
class DependencyFigureExtractorIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    }

    static List<Figure> extract(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        List<org.standpoint.model.Mention> mentions = ExtractFixtures.RESOLVER.resolve(a, text, THURSDAY);
        return FigureFixtures.EXTRACTOR.extract(a, text, mentions, ExtractFixtures.quotes(a, text, mentions), THURSDAY);
    }

    @Test
    void a_bounded_toll_is_counted_with_its_bound() {
        assertThat(extract("More than 200 protesters were killed in the capital.")).singleElement().satisfies(f -> assertThat(f)
                .extracting(Figure::what, Figure::count, Figure::bound).containsExactly("killed", 200L, FigureBound.MORE_THAN));
    }

    @Test
    void two_speakers_in_one_sentence_claim_their_own_counts() {
        assertThat(extract("The United Nations says 900 people have been killed in Yemen, while "
                + "Yemen's government says rebels have killed 250 soldiers and police."))
                .extracting(f -> f.count() + " " + f.claimant()).containsExactly("900 IGOUNO", "250 YEMGOV");
    }

    @Test
    void a_number_counting_nothing_of_interest_is_no_figure() {
        assertThat(extract("In 2011, 15 countries voted for the resolution.")).isEmpty();
    }
}
