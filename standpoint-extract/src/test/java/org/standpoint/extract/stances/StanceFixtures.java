package org.standpoint.extract.stances;

import java.nio.file.Path;
import java.util.List;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Stance;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * The stance fixtures ({@code stances.conllu}: CoreNLP's parses of {@code stances.sentences.txt}) and the
 * detector under test. The one place in these tests that builds the detector, so that a
 * change to how it is built touches one line; the resolver comes from {@link ExtractFixtures}.
 */
final class StanceFixtures {
    static final ConlluCorpus DOCUMENTS = ConlluReader.resource(StanceFixtures.class, "stances.conllu");
    static final StanceDetector DETECTOR = DependencyStanceDetector.bundled();

    private StanceFixtures() {
    }

    /** The stances detected in the fixture document {@code id}, with its mentions and date. */
    static List<Stance> detect(String id) {
        return detect(DETECTOR, id);
    }

    /** A detector that also knows the policies of a user's file (see {@link StanceLexicon#withPolicies}). */
    static StanceDetector withPolicies(Path file) {
        return new DependencyStanceDetector(StanceLexicon.bundled().withPolicies(file));
    }

    static List<Stance> detect(StanceDetector detector, String id) {
        return detect(detector, DOCUMENTS.get(id));
    }

    /** The stances detected in a hand-made parse (a parser's misreading, which no sentence of ours reproduces). */
    static List<Stance> detect(StanceDetector detector, AnnotatedDocument d) {
        List<org.standpoint.model.Mention> mentions = ExtractFixtures.mentions(d);
        return detector.detect(d.annotation(), d.body(), mentions, ExtractFixtures.quotes(d.annotation(), d.body(), mentions),
                d.published());
    }

    /** Each stance as "HOLDER policy TARGET polarity", with the holder code's first three letters. */
    static List<String> keys(String id) {
        return keys(DOCUMENTS.get(id));
    }

    /** As {@link #keys(String)}, for a hand-made parse. */
    static List<String> keys(AnnotatedDocument d) {
        return detect(DETECTOR, d).stream().map(s -> ActorCode.of(s.holder()).prefix() + " " + s.policy() + " "
                + (s.target() == null ? "-" : s.target()) + " " + s.polarity().name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
