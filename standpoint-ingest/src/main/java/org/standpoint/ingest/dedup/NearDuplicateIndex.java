package org.standpoint.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for a new signature, the most similar indexed article above a threshold. Signatures are split into
 * 32 bands of 4 rows; two articles are compared only when some band agrees exactly, which catches pairs
 * above 0.6 similarity with near certainty while skipping almost all unrelated ones. Not thread-safe.
 */
public final class NearDuplicateIndex {
    /** Estimated Jaccard similarity from which two bodies are one story told twice. */
    public static final double SAME_STORY = 0.8;
    private static final int BANDS = 32;
    private static final int ROWS = MinHasher.SIGNATURE_LENGTH / BANDS;
    private final double threshold;
    private final Map<String, int[]> signatures = new HashMap<>();
    private final Map<Long, List<String>> buckets = new HashMap<>();

    /** @param threshold the estimated Jaccard similarity from which an article counts as a copy */
    public NearDuplicateIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) { // also rejects NaN, which would silently match nothing
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    public void add(String articleId, int[] signature) {
        signatures.put(articleId, signature);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bucket(band, signature), k -> new ArrayList<>()).add(articleId);
        }
    }

    /**
     * The indexed article that {@code articleId} is a copy of, if any; otherwise indexes it as the first
     * article of its story. Fed in reading order, this links every copy to the earliest article of its story.
     */
    public Optional<Match> matchOrAdd(String articleId, int[] signature) {
        Optional<Match> original = nearest(signature);
        if (original.isEmpty()) {
            add(articleId, signature);
        }
        return original;
    }

    /** The indexed article most similar to {@code signature}, if any reaches the threshold. */
    public Optional<Match> nearest(int[] signature) {
        Set<String> candidates = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            candidates.addAll(buckets.getOrDefault(bucket(band, signature), List.of()));
        }
        Match best = null;
        for (String id : candidates) {
            double sim = MinHasher.similarity(signature, signatures.get(id));
            if (sim >= threshold && (best == null || sim > best.similarity()
                    || sim == best.similarity() && id.compareTo(best.articleId()) < 0)) {
                best = new Match(id, sim);
            }
        }
        return Optional.ofNullable(best);
    }

    private static long bucket(int band, int[] sig) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = h * 1_000_003L + sig[r];
        }
        return h;
    }

    public int size() {
        return signatures.size();
    }

    /** An indexed article and its estimated similarity to the query; a distributed run ships it. */
    public record Match(String articleId, double similarity) implements java.io.Serializable {
    }
}
