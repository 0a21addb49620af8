package org.standpoint.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Annotation;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/**
 * End to end: quote attribution on texts written for these tests, parsed by the real CoreNLP models. The rules
 * themselves are tested on stored parses (the {@code *Test} classes and {@code quotes.conllu}).
 */
class DependencyQuoteAttributorIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    }

    static List<Quote> quotes(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        return QuoteFixtures.ATTRIBUTOR.attribute(a, text, ExtractFixtures.RESOLVER.resolve(a, text, THURSDAY));
    }

    @Test
    void a_quote_followed_by_said_belongs_to_the_subject_of_said() {
        assertThat(quotes("\"We will not accept any delay in the talks,\" Guido Westerwelle said on Monday."))
                .singleElement().satisfies(q -> assertThat(q).extracting(Quote::text, Quote::speakerCode, Quote::rule)
                        .containsExactly("We will not accept any delay in the talks", "DEUGOV", "direct:said-after"));
    }

    @Test
    void a_quote_continued_in_the_next_paragraph_keeps_its_speaker() {
        List<Quote> quotes = quotes("\"The first phase of the plan is finished,\" Angela Merkel said on Tuesday.\n\n"
                + "\"The second phase will begin next month, and we expect every partner to take part.\"");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Angela Merkel", "Angela Merkel");
    }

    @Test
    void an_actor_saying_a_clause_is_indirect_speech() {
        assertThat(quotes("Recep Tayyip Erdogan said on Friday that Turkey would close its embassy in Damascus."))
                .singleElement().satisfies(q -> assertThat(q).extracting(Quote::kind, Quote::speakerCode)
                        .containsExactly(QuoteKind.INDIRECT, "TURGOV"));
    }
}
