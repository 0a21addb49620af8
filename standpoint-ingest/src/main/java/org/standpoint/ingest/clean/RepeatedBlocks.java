package org.standpoint.ingest.clean;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standpoint.ingest.RawDocument;

/**
 * Which blocks recur across the articles of one publisher. Site furniture (appeals, bios, footers) repeats
 * word for word on every page; news paragraphs do not, except in copies of the same story, which are
 * therefore not counted: two documents sharing half their blocks are one story, not two witnesses.
 * Not thread-safe: fill it, then read it. Serializable so that a distributed run can learn it from the whole
 * batch once and ship it to every machine that cleans.
 */
public final class RepeatedBlocks implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The publisher key used when neither publisher nor host is known. */
    public static final String UNKNOWN_PUBLISHER = "*";
    private static final double SAME_STORY_OVERLAP = 0.5;

    private final Map<String, Map<String, Set<String>>> docsByBlock = new HashMap<>();
    private final Map<String, Set<String>> blocksByDoc = new HashMap<>();

    /** The hashes under which a document's blocks are counted: one per distinct non-blank block, in order. */
    public static List<String> blockHashes(RawDocument doc) {
        return doc.blocks().stream().map(Blocks::normalizeSpace).filter(b -> !b.isEmpty()).map(Blocks::blockHash)
                .distinct().toList();
    }

    /** Records that document {@code docKey} of {@code publisherKey} contains blocks with these hashes. */
    public void observe(String docKey, String publisherKey, Collection<String> blockHashes) {
        Map<String, Set<String>> byBlock = docsByBlock.computeIfAbsent(publisherKey, k -> new HashMap<>());
        Set<String> mine = blocksByDoc.computeIfAbsent(docKey, k -> new HashSet<>());
        for (String hash : blockHashes) {
            byBlock.computeIfAbsent(hash, k -> new HashSet<>()).add(docKey);
            mine.add(hash);
        }
    }

    /**
     * Whether the block recurs in other, unrelated documents of the publisher: in one other when the
     * publisher is known, in two others when it is not (a pool of unrelated sites needs more evidence).
     */
    public boolean isRepeated(String docKey, String publisherKey, String blockHash) {
        Set<String> docs = docsByBlock.getOrDefault(publisherKey, Map.of()).getOrDefault(blockHash, Set.of());
        int needed = UNKNOWN_PUBLISHER.equals(publisherKey) ? 2 : 1;
        int witnesses = 0;
        for (String other : docs) {
            if (!other.equals(docKey) && !sameStory(docKey, other) && ++witnesses >= needed) {
                return true;
            }
        }
        return false;
    }

    private boolean sameStory(String a, String b) {
        Set<String> x = blocksByDoc.getOrDefault(a, Set.of());
        Set<String> y = blocksByDoc.getOrDefault(b, Set.of());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= SAME_STORY_OVERLAP * smaller.size();
    }

    public int documentCount() {
        return blocksByDoc.size();
    }
}
