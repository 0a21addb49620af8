package org.standpoint.extract.actors;

import java.util.List;
import java.util.Optional;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Mention;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * The actor fixtures ({@code actors.conllu}: CoreNLP's parses of {@code actors.sentences.txt}) and the resolver
 * under test, which {@link ExtractFixtures} builds for every package's tests.
 */
final class ActorFixtures {
    static final ConlluCorpus DOCUMENTS = ConlluReader.resource(ActorFixtures.class, "actors.conllu");
    static final ActorResolver RESOLVER = ExtractFixtures.RESOLVER;

    private ActorFixtures() {
    }

    /** The mentions the resolver finds in the fixture document {@code id}, on that document's date. */
    static Resolved resolve(String id) {
        return resolve(DOCUMENTS.get(id));
    }

    static Resolved resolve(AnnotatedDocument d) {
        return new Resolved(d.body(), RESOLVER.resolve(d.annotation(), d.body(), d.published()));
    }

    /** The mentions of one article and its text, to look mentions up by what they cover. */
    record Resolved(String text, List<Mention> mentions) {
        Mention of(String covered) {
            return find(covered).orElseThrow(() -> new AssertionError("no mention covers '" + covered + "' in " + describe()));
        }

        /** The mention whose text is {@code covered}, or else the first one containing it. */
        Optional<Mention> find(String covered) {
            Optional<Mention> exact = mentions.stream().filter(m -> m.span().of(text).equals(covered)).findFirst();
            return exact.isPresent() ? exact : mentions.stream().filter(m -> m.span().of(text).contains(covered)).findFirst();
        }

        Optional<Mention> last(String covered) {
            return mentions.stream().filter(m -> m.span().of(text).equals(covered)).reduce((a, b) -> b);
        }

        String describe() {
            return mentions.stream().map(m -> m.span().of(text) + "=" + m.code() + " (" + m.rule() + ")").toList().toString();
        }
    }
}
