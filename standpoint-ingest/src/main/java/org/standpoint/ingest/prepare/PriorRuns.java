package org.standpoint.ingest.prepare;

import java.util.Map;

/**
 * What earlier runs stored that a new batch is prepared against: the content hashes of stored inputs, the
 * blocks each stored document contained, and the MinHash signatures of stored articles. The store implements
 * it; a run with nothing before it uses {@link #NONE}.
 */
public interface PriorRuns {
    /** Nothing stored before: every document of the batch is new. */
    PriorRuns NONE = new PriorRuns() {
        @Override
        public boolean holds(String contentHash) {
            return false;
        }

        @Override
        public void forEachBlock(BlockVisitor visitor) {
        }

        @Override
        public Map<String, int[]> signatures() {
            return Map.of();
        }
    };

    /** Whether an input with this content hash was stored before. */
    boolean holds(String contentHash);

    /** Hands over every stored (publisher, block, document) fact. */
    void forEachBlock(BlockVisitor visitor);

    /** The signatures of stored articles, by article id, in a stable order. */
    Map<String, int[]> signatures();

    /** Receives one stored block fact. */
    @FunctionalInterface
    interface BlockVisitor {
        void seen(String publisherKey, String blockHash, String docKey);
    }
}
