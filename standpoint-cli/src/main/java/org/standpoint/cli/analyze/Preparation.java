package org.standpoint.cli.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.MinHasher;
import org.standpoint.ingest.dedup.NearDuplicateIndex;
import org.standpoint.model.Article;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.BlockHistory;

/**
 * Turns the raw documents of a run into articles: drops exact copies (by content hash, against the store and
 * the run), learns the corpus's recurring blocks from the whole batch before cleaning any document, cleans,
 * and links near-identical copies to the first article of their story.
 */
public final class Preparation {
    private final ArticleStore store;
    private final BlockHistory history;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final MinHasher hasher = new MinHasher();

    public Preparation(ArticleStore store, BlockHistory history) {
        this.store = store;
        this.history = history;
    }

    /** Result of preparing a batch. */
    public record Batch(List<PreparedArticle> articles, int alreadyStored) {
    }

    public Batch prepare(List<RawDocument> docs, Consumer<SourceFailure> failures) {
        Set<String> seen = new HashSet<>();
        List<RawDocument> fresh = new ArrayList<>();
        int copies = 0;
        for (RawDocument doc : docs) {
            String hash = Blocks.sha256(doc.identityText());
            if (!seen.add(hash) || store.containsContentHash(hash)) {
                copies++;
            } else {
                fresh.add(doc);
            }
        }
        RepeatedBlocks corpus = new RepeatedBlocks();
        history.forEach((publisher, block, doc) -> corpus.observe(doc, publisher, List.of(block)));
        for (RawDocument doc : fresh) {
            corpus.observe(Blocks.sha256(doc.identityText()), BoilerplateCleaner.publisherKey(doc.metadata()),
                    RepeatedBlocks.blockHashes(doc));
        }
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.SAME_STORY);
        store.signatures().forEach(index::add);
        List<PreparedArticle> out = new ArrayList<>();
        for (RawDocument doc : fresh) {
            prepareOne(doc, corpus, index).ifPresentOrElse(out::add, () -> failures.accept(new SourceFailure(
                    doc.metadata().sourceFile(), doc.metadata().location(), "no article text found after removing site clutter")));
        }
        return new Batch(out, copies);
    }

    private Optional<PreparedArticle> prepareOne(RawDocument doc, RepeatedBlocks corpus, NearDuplicateIndex index) {
        Optional<Article> cleaned = cleaner.article(doc, corpus);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Article article = cleaned.get();
        int[] signature = hasher.signature(article.body());
        Optional<NearDuplicateIndex.Match> original = index.matchOrAdd(article.id(), signature);
        Double similarity = null;
        if (original.isPresent()) {
            article = article.asDuplicateOf(original.get().articleId());
            similarity = original.get().similarity();
        }
        return Optional.of(new PreparedArticle(article, signature, similarity,
                BoilerplateCleaner.publisherKey(article.metadata()), RepeatedBlocks.blockHashes(doc)));
    }
}
