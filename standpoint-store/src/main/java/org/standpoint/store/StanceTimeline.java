package org.standpoint.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.Polarity;
import org.standpoint.store.StanceQueries.StoredStance;

/**
 * Stances grouped into timelines, one per holder (by country or organisation, so "Russia" and "the Russian
 * government" share one), policy and target, in date order; a step whose polarity differs from the last
 * decided one is a change.
 */
public final class StanceTimeline {
    private StanceTimeline() {
    }

    /** One dated position on a timeline. */
    public record Step(StoredStance stance, boolean change, Polarity before) {
    }

    public static Map<String, List<Step>> of(List<StoredStance> stances) {
        Map<String, List<StoredStance>> groups = new LinkedHashMap<>();
        for (StoredStance s : stances) {
            groups.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Step>> out = new LinkedHashMap<>();
        groups.forEach((k, list) -> out.put(k, steps(list)));
        return out;
    }

    private static List<Step> steps(List<StoredStance> ordered) {
        List<Step> steps = new ArrayList<>();
        Polarity last = null;
        for (StoredStance s : ordered) {
            Polarity p = s.stance().polarity();
            boolean change = last != null && p != Polarity.UNDECIDED && p != last;
            steps.add(new Step(s, change, last));
            if (p != Polarity.UNDECIDED) {
                last = p;
            }
        }
        return steps;
    }

    /** holder key / policy / target, with the holder keyed like the scorer: RUSGOV -> RUS, IGOMEAARL -> IGOMEAARL. */
    public static String key(StoredStance s) {
        String holderKey = ActorKey.of(s.stance().holder());
        String target = s.stance().target() == null ? "-" : s.stance().target();
        return holderKey + " " + s.stance().policy() + " " + target;
    }
}
