package org.standpoint.council.rules;

import java.util.List;
import org.standpoint.council.facts.Outcome;

/**
 * What a vote decided: the tally, the affirmative votes {@code needed}, the permanent members whose negative vote
 * vetoes the draft (empty on procedural votes), and {@code shortBy}, how many more affirmative votes it lacked (0
 * when it had enough). It is adopted when it has enough votes and no veto.
 */
public record Decision(boolean adopted, int yes, int no, int abstain, int needed, List<String> vetoedBy,
                       int shortBy) {
    public Decision {
        vetoedBy = List.copyOf(vetoedBy);
        if (yes < 0 || no < 0 || abstain < 0 || needed < 1 || shortBy < 0) {
            throw new IllegalArgumentException("negative count in decision " + yes + "-" + no + "-" + abstain
                    + ", needed " + needed + ", short by " + shortBy);
        }
        if (shortBy != Math.max(0, needed - yes)) {
            throw new IllegalArgumentException("short by " + shortBy + " inconsistent with " + yes + " of " + needed);
        }
        if (adopted != (shortBy == 0 && vetoedBy.isEmpty())) {
            throw new IllegalArgumentException("adopted=" + adopted + " inconsistent with short by " + shortBy
                    + " and vetoes " + vetoedBy);
        }
    }

    /**
     * The outcome as the UN records it: a permanent member's negative vote counts as a veto only on a draft that
     * otherwise had the votes, so a draft both short and opposed by a permanent member is {@code NOT_ADOPTED}.
     */
    public Outcome outcome() {
        if (adopted) {
            return Outcome.ADOPTED;
        }
        return shortBy == 0 ? Outcome.VETOED : Outcome.NOT_ADOPTED;
    }

    /**
     * Whether the vote clears a political threshold, such as the eleven affirmative votes France wants before
     * it calls for a vote: at least {@code threshold} yes votes, and no veto.
     */
    public boolean meets(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        return yes >= threshold && vetoedBy.isEmpty();
    }

    /** The decision in words: "adopted (13-0-2)", "vetoed by CHN, RUS (9-4-2)" or "fails, short by 1 (8-2-5)". */
    public String summary() {
        String tally = yes + "-" + no + "-" + abstain;
        if (!vetoedBy.isEmpty() && yes >= needed) {
            return "vetoed by " + String.join(", ", vetoedBy) + " (" + tally + ")";
        }
        return adopted ? "adopted (" + tally + ")" : "fails, short by " + shortBy + " (" + tally + ")";
    }
}
