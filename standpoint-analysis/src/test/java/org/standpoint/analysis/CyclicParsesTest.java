package org.standpoint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.Token;
import org.standpoint.pipeline.Document;

/**
 * Enhanced dependency graphs have cycles (a relative clause points back at its noun, conjuncts share their
 * dependents); every extraction stage must walk them without looping or overflowing the stack.
 */
class CyclicParsesTest {
    private static final String BODY = "Norway said Sweden urged Russia to press Syria and Norway to talk.";

    /** The words of {@link #BODY}, tagged, with the edges given as governor, dependent, relation. */
    private static Annotation parse(Object[][] edges) {
        String[][] tagged = {{"Norway", "NNP", "norway", "COUNTRY"}, {"said", "VBD", "say", "O"},
            {"Sweden", "NNP", "sweden", "COUNTRY"}, {"urged", "VBD", "urge", "O"}, {"Russia", "NNP", "russia", "COUNTRY"},
            {"to", "TO", "to", "O"}, {"press", "VB", "press", "O"}, {"Syria", "NNP", "syria", "COUNTRY"},
            {"and", "CC", "and", "O"}, {"Norway", "NNP", "norway", "COUNTRY"}, {"to", "TO", "to", "O"},
            {"talk", "VB", "talk", "O"}, {".", ".", ".", "O"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] t : tagged) {
            int start = BODY.indexOf(t[0], at);
            at = start + t[0].length();
            tokens.add(new Token(tokens.size(), new Span(start, at), t[0], t[1], t[2], t[3], null));
        }
        List<Dependency> deps = new ArrayList<>();
        for (Object[] e : edges) {
            deps.add(new Dependency((Integer) e[0], (Integer) e[1], (String) e[2]));
        }
        return new Annotation(List.of(new Sentence(0, new Span(0, BODY.length()), tokens, deps)), List.of(), List.of());
    }

    private static Document extract(Annotation a) {
        Article article = new Article("c0ffee0000000000", new ArticleMetadata("cycle.txt", null, null, null, null, null),
                BODY, List.of(), "c".repeat(64), null);
        return AnalysisPipeline.extraction(AnalysisConfig.DEFAULT).run(Document.annotated(article, a));
    }

    @Test
    void a_clause_that_inherits_its_subject_around_a_ring_of_clauses_is_walked_once() {
        // "urged" and "press" have no subject of their own and each hangs from the other (xcomp one way, conj
        // the other): asking either for its source, or for who holds the stance on "talk", goes round the ring.
        Document out = extract(parse(new Object[][] {
            {-1, 1, "root"}, {1, 0, "nsubj"}, {1, 3, "ccomp"}, {3, 6, "xcomp"}, {6, 3, "conj"}, {6, 11, "xcomp"},
            {6, 7, "obj"}, {7, 9, "conj:and"}, {9, 7, "conj:and"}}));
        assertThat(out.failures()).isEmpty();
        assertThat(out.extraction().mentions()).extracting(m -> m.code()).contains("NOR", "SWE", "RUS", "SYR");
    }

    @Test
    void a_token_that_is_its_own_governor_and_a_ring_of_tree_parents_are_walked_once() {
        Document out = extract(parse(new Object[][] {
            {3, 1, "ccomp"}, {1, 3, "ccomp"}, {1, 0, "nsubj"}, {3, 2, "nsubj"}, {6, 6, "xcomp"}, {6, 7, "obj"},
            {7, 9, "conj"}, {9, 11, "acl"}, {11, 7, "acl:relcl"}, {3, 6, "xcomp"}, {6, 4, "nsubj"}}));
        assertThat(out.failures()).isEmpty();
    }
}
