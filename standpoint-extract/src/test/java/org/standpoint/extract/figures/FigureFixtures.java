package org.standpoint.extract.figures;

import java.util.List;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Figure;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * The figure fixtures ({@code figures.conllu}: CoreNLP's parses of {@code figures.sentences.txt}) and the
 * extractor under test. The one place in these tests that builds the extractor, so that a
 * change to how it is built touches one line; the resolver comes from {@link ExtractFixtures}.
 */
final class FigureFixtures {
    static final ConlluCorpus DOCUMENTS = ConlluReader.resource(FigureFixtures.class, "figures.conllu");
    static final FigureExtractor EXTRACTOR = new DependencyFigureExtractor();

    private FigureFixtures() {
    }

    /** The figures extracted from the fixture document {@code id}, with its mentions and date. */
    static List<Figure> extract(String id) {
        AnnotatedDocument d = DOCUMENTS.get(id);
        List<org.standpoint.model.Mention> mentions = ExtractFixtures.mentions(d);
        return EXTRACTOR.extract(d.annotation(), d.body(), mentions, ExtractFixtures.quotes(d.annotation(), d.body(), mentions),
                d.published());
    }
}
