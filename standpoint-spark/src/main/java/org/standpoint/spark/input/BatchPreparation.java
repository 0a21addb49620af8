package org.standpoint.spark.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.NearDuplicateIndex;

/**
 * The decisions of {@code standpoint analyze}'s preparation that depend on the whole batch and on reading
 * order, taken on the driver from small per-document facts: which documents are exact copies of an earlier
 * one, which blocks recur across a publisher's documents, and which articles are near-identical copies of an
 * earlier article. Everything per document (reading, cleaning, hashing) runs on the executors.
 */
public final class BatchPreparation {
    private BatchPreparation() {
    }

    /** What the batch decides before cleaning. */
    public record Corpus(Set<DocKey> copies, RepeatedBlocks blocks) {
    }

    /** An article's id and signature, where it was read. */
    public record Signed(DocKey key, String articleId, int[] signature) implements java.io.Serializable {
    }

    /**
     * Drops every document whose content hash was seen earlier in reading order, then learns recurring blocks
     * from the rest, as {@code Preparation.prepare} does with an empty store.
     */
    public static Corpus corpus(List<DocStats> stats) {
        List<DocStats> ordered = new ArrayList<>(stats);
        ordered.sort((a, b) -> a.key().compareTo(b.key()));
        Set<String> seen = new HashSet<>();
        Set<DocKey> copies = new HashSet<>();
        RepeatedBlocks blocks = new RepeatedBlocks();
        for (DocStats s : ordered) {
            if (!seen.add(s.contentHash())) {
                copies.add(s.key());
            } else {
                blocks.observe(s.contentHash(), s.publisherKey(), s.blockHashes());
            }
        }
        return new Corpus(copies, blocks);
    }

    /** For each near-identical copy, the id of the earliest article of its story. */
    public static Map<String, String> links(List<Signed> signed) {
        List<Signed> ordered = new ArrayList<>(signed);
        ordered.sort((a, b) -> a.key().compareTo(b.key()));
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.SAME_STORY);
        Map<String, String> originals = new HashMap<>();
        for (Signed s : ordered) {
            index.matchOrAdd(s.articleId(), s.signature()).ifPresent(m -> originals.put(s.articleId(), m.articleId()));
        }
        return originals;
    }
}
