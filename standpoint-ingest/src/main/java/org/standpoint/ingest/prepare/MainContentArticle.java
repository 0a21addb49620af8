package org.standpoint.ingest.prepare;

import java.util.List;
import java.util.Optional;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;

/**
 * The article of a document whose blocks are already its main content ({@link RawDocument#mainContent()}): the
 * markup has placed the body, so where it starts and ends is not guessed again from the shape of its lines (a
 * list of short items or a "___" separator inside a story would end it). What the markup cannot show is what
 * the publisher prints on every page: blocks recurring in the publisher's other documents are trimmed from the
 * start and the end of the body (an "About the company" paragraph, a subscription offer), unless every block
 * recurs (the same wire story on several pages).
 */
final class MainContentArticle {
    private MainContentArticle() {
    }

    static Optional<Article> of(RawDocument doc, RepeatedBlocks corpus) {
        List<String> blocks = doc.blocks().stream().map(Blocks::normalizeSpace).filter(b -> !b.isEmpty()).toList();
        String hash = Blocks.sha256(doc.identityText());
        String publisher = BoilerplateCleaner.publisherKey(doc.metadata());
        int from = 0;
        int to = blocks.size();
        while (from < to && corpus.isRepeated(hash, publisher, Blocks.blockHash(blocks.get(from)))) {
            from++;
        }
        while (to > from && corpus.isRepeated(hash, publisher, Blocks.blockHash(blocks.get(to - 1)))) {
            to--;
        }
        List<String> body = from < to ? blocks.subList(from, to) : blocks;
        if (body.isEmpty()) {
            return Optional.empty();
        }
        ArticleMetadata meta = doc.metadata();
        return Optional.of(new Article(hash.substring(0, 16), meta, String.join("\n\n", body), doc.captions(), hash,
                null));
    }
}
