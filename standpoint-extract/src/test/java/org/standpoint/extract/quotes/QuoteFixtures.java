package org.standpoint.extract.quotes;

import java.util.List;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * The quote fixtures ({@code quotes.conllu}: CoreNLP's parses of {@code quotes.sentences.txt}) and the
 * attributor under test. The one place in these tests that builds the attributor, so that a
 * change to how it is built touches one line; the resolver comes from {@link ExtractFixtures}.
 */
final class QuoteFixtures {
    static final ConlluCorpus DOCUMENTS = ConlluReader.resource(QuoteFixtures.class, "quotes.conllu");
    static final QuoteAttributor ATTRIBUTOR = new DependencyQuoteAttributor();

    private QuoteFixtures() {
    }

    /** The quotes attributed in the fixture document {@code id}, with its mentions. */
    static List<Quote> quotes(String id) {
        AnnotatedDocument d = DOCUMENTS.get(id);
        return ATTRIBUTOR.attribute(d.annotation(), d.body(), ExtractFixtures.mentions(d));
    }

    static List<Quote> direct(String id) {
        return quotes(id).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    static List<Quote> indirect(String id) {
        return quotes(id).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }
}
