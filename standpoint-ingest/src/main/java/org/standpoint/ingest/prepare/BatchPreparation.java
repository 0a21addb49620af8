package org.standpoint.ingest.prepare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.MinHasher;
import org.standpoint.ingest.dedup.NearDuplicateIndex;
import org.standpoint.model.Article;

/**
 * The rules that turn a batch of raw documents into articles, in three steps that a distributed run can take
 * apart: {@link #corpus} decides, in reading order, which documents are exact copies of an earlier one (in the
 * batch or stored before) and learns which blocks recur across a publisher's documents; {@link #clean} cleans
 * one document against those blocks; {@link #links} decides, in reading order, which articles are
 * near-identical copies of an earlier article. {@link #prepare} runs the three in one pass. Stateless.
 */
public final class BatchPreparation {
    /** Why a document yields no article. */
    public static final String NO_ARTICLE_TEXT = "no article text found after removing site clutter";
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();
    private static final MinHasher HASHER = new MinHasher();

    private BatchPreparation() {
    }

    /**
     * What the batch decides before cleaning.
     *
     * @param copies positions, in the reading order given to {@link #corpus}, of the documents that are exact copies
     */
    public record Corpus(Set<Integer> copies, RepeatedBlocks blocks) implements Serializable {
        public Corpus {
            copies = Set.copyOf(copies);
        }
    }

    /** An article's id and body signature, for linking near-identical copies. */
    public record Signed(String articleId, int[] signature) implements Serializable {
    }

    /** A prepared batch: its articles in reading order, and how many documents were exact copies. */
    public record Batch(List<PreparedArticle> articles, int alreadyStored) {
        public Batch {
            articles = List.copyOf(articles);
        }
    }

    /**
     * Drops every document whose content hash was stored before or seen earlier in reading order, then learns
     * recurring blocks from the stored history and the rest of the batch.
     */
    public static Corpus corpus(List<DocStats> inReadingOrder, PriorRuns prior) {
        Set<String> seen = new HashSet<>();
        Set<Integer> copies = new HashSet<>();
        RepeatedBlocks blocks = new RepeatedBlocks();
        prior.forEachBlock((publisher, block, doc) -> blocks.observe(doc, publisher, List.of(block)));
        for (int i = 0; i < inReadingOrder.size(); i++) {
            DocStats s = inReadingOrder.get(i);
            if (!seen.add(s.contentHash()) || prior.holds(s.contentHash())) {
                copies.add(i);
            } else {
                blocks.observe(s.contentHash(), s.publisherKey(), s.blockHashes());
            }
        }
        return new Corpus(copies, blocks);
    }

    /**
     * One document cleaned against the batch's recurring blocks, with its body's signature. A document whose
     * blocks are already its main content is only trimmed of recurring furniture at its edges.
     */
    public static Cleaned clean(RawDocument doc, RepeatedBlocks blocks) {
        return (doc.mainContent() ? MainContentArticle.of(doc, blocks) : CLEANER.article(doc, blocks))
                .map(a -> new Cleaned(a, HASHER.signature(a.body()), null))
                .orElseGet(() -> new Cleaned(null, null, new SourceFailure(doc.metadata().sourceFile(),
                        doc.metadata().location(), NO_ARTICLE_TEXT)));
    }

    /**
     * For each near-identical copy, the earliest article of its story (a stored one first) and the estimated
     * similarity to it.
     */
    public static Map<String, NearDuplicateIndex.Match> links(List<Signed> inReadingOrder, PriorRuns prior) {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.SAME_STORY);
        prior.signatures().forEach(index::add);
        Map<String, NearDuplicateIndex.Match> originals = new HashMap<>();
        for (Signed s : inReadingOrder) {
            index.matchOrAdd(s.articleId(), s.signature()).ifPresent(m -> originals.put(s.articleId(), m));
        }
        return originals;
    }

    /** Why a near-identical copy is not stored: its original, which it would link to, failed. */
    public static SourceFailure orphaned(Article copy) {
        return new SourceFailure(copy.metadata().sourceFile(), copy.metadata().location(),
                "near-duplicate of article " + copy.duplicateOf() + ", which failed; not stored");
    }

    /**
     * The three steps in one pass over documents in reading order; each document left without an article
     * goes to {@code failures}.
     */
    public static Batch prepare(List<RawDocument> docs, PriorRuns prior, Consumer<SourceFailure> failures) {
        Corpus corpus = corpus(docs.stream().map(DocStats::of).toList(), prior);
        List<RawDocument> fresh = new ArrayList<>();
        List<Cleaned> cleaned = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (corpus.copies().contains(i)) {
                continue;
            }
            Cleaned c = clean(docs.get(i), corpus.blocks());
            if (c.ok()) {
                fresh.add(docs.get(i));
                cleaned.add(c);
            } else {
                failures.accept(c.failure());
            }
        }
        Map<String, NearDuplicateIndex.Match> originals = links(cleaned.stream()
                .map(c -> new Signed(c.article().id(), c.signature())).toList(), prior);
        List<PreparedArticle> out = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            Article article = cleaned.get(i).article();
            NearDuplicateIndex.Match original = originals.get(article.id());
            DocStats stats = DocStats.of(fresh.get(i));
            out.add(new PreparedArticle(original == null ? article : article.asDuplicateOf(original.articleId()),
                    cleaned.get(i).signature(), original == null ? null : original.similarity(),
                    stats.publisherKey(), stats.blockHashes()));
        }
        return new Batch(out, corpus.copies().size());
    }
}
