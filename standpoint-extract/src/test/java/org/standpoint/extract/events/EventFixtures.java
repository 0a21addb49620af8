package org.standpoint.extract.events;

import java.util.List;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluCorpus;
import org.standpoint.testkit.ConlluReader;

/**
 * The event fixtures ({@code events.conllu}: CoreNLP's parses of {@code events.sentences.txt}) and the coder
 * under test. The one place in these tests that builds the coder, so that a change to how it is built
 * touches one line; the resolver comes from {@link ExtractFixtures}.
 */
final class EventFixtures {
    static final ConlluCorpus DOCUMENTS = ConlluReader.resource(EventFixtures.class, "events.conllu");
    static final EventCoder CODER = new DependencyEventCoder(VerbLexicon.bundled());

    private EventFixtures() {
    }

    /** The events coded in the fixture document {@code id}, with its mentions and date. */
    static List<Event> code(String id) {
        return code(DOCUMENTS, id);
    }

    /** The events coded in document {@code id} of another fixture family, with its mentions and date. */
    static List<Event> code(ConlluCorpus documents, String id) {
        AnnotatedDocument d = documents.get(id);
        List<Mention> mentions = ExtractFixtures.mentions(d);
        return CODER.code(d.annotation(), d.body(), mentions, ExtractFixtures.quotes(d.annotation(), d.body(), mentions),
                d.published());
    }

    /** Each event as "SRC CAMEO TGT": the first three letters of source and target codes. */
    static List<String> triples(String id) {
        return triples(DOCUMENTS, id);
    }

    /** Each event of document {@code id} of another fixture family as "SRC CAMEO TGT". */
    static List<String> triples(ConlluCorpus documents, String id) {
        return code(documents, id).stream().map(e -> ActorCode.of(e.source()).prefix() + " " + e.cameo() + " "
                + ActorCode.of(e.target()).prefix()).toList();
    }
}
