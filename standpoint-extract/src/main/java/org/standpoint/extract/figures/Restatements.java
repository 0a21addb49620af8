package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.standpoint.model.Figure;

/**
 * One claim told more than once in an article is one figure. News repeats its main toll: the headline's "21 killed
 * in air raids", the lead's "at least 21 people were killed, the monitor said", a summary line later. Kept apart,
 * each restatement would count as a claim of its own and the unattributed ones would hide who made it. Two figures
 * are one claim when they count the same thing, give the same number for the same date (a toll dated
 * to a day and one dated only to its month stay apart: news often gives two tolls of one size), and do not name two
 * different claimants; the merged figure keeps the mention that names its claimant, else the first. The same number
 * from two different claimants stays two figures: that two sources agree is itself worth keeping.
 */
final class Restatements {
    private Restatements() {
    }

    /** The figures with each restated claim kept once, in the order of their first mention. */
    static List<Figure> merged(List<Figure> figures) {
        List<Figure> kept = new ArrayList<>();
        for (Figure f : figures) {
            int same = indexOfSameClaim(kept, f);
            if (same < 0) {
                kept.add(f);
            } else if (kept.get(same).claimant() == null && f.claimant() != null) {
                kept.set(same, f);
            }
        }
        return kept;
    }

    private static int indexOfSameClaim(List<Figure> kept, Figure f) {
        for (int i = 0; i < kept.size(); i++) {
            Figure k = kept.get(i);
            if (k.what().equals(f.what()) && k.count() == f.count() && Objects.equals(k.asOf(), f.asOf())
                    && claimantsAgree(k.claimant(), f.claimant())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean claimantsAgree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
