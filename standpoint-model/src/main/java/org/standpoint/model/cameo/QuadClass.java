package org.standpoint.model.cameo;

/**
 * GDELT's four-way grouping of CAMEO roots, numbered as GDELT numbers them: verbal cooperation (roots 01-05),
 * material cooperation (06-08), verbal conflict (09-13), material conflict (14-20).
 */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** The number GDELT writes in its QuadClass column, 1 to 4. */
    public int number() {
        return number;
    }

    public static QuadClass of(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("QuadClass is 1 to 4, got " + number);
    }

    /** The class a CAMEO root (1 to 20) belongs to. */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO roots run from 01 to 20, got " + root);
        }
        return root <= 5 ? VERBAL_COOPERATION : root <= 8 ? MATERIAL_COOPERATION : root <= 13 ? VERBAL_CONFLICT
                : MATERIAL_CONFLICT;
    }

    /**
     * The class most of a set of events fall in, from their counts per class in GDELT's order ({@code [0]}
     * verbal cooperation ... {@code [3]} material conflict); the more conflictual class wins a tie.
     */
    public static QuadClass dominant(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] >= counts[best] ? i : best;
        }
        return of(best + 1);
    }
}
