package org.standpoint.council.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.standpoint.council.facts.Vote;

/**
 * Article 27 of the Charter as practised: a decision needs nine affirmative votes of fifteen (seven of eleven
 * before the enlargement in force on 1 January 1966); on substantive matters a permanent member's negative vote
 * vetoes it, while its abstention or absence does not; procedural votes know no veto. Pure and immutable.
 */
public final class VotingRule {
    /** The day the Council grew from 11 to 15 members. */
    public static final LocalDate ENLARGEMENT = LocalDate.of(1966, 1, 1);

    private static final VotingRule CHARTER = new VotingRule();

    private VotingRule() {
    }

    /** The rule of the Charter. */
    public static VotingRule charter() {
        return CHARTER;
    }

    /** The number of members on a day: 11, or 15 from 1966. */
    public int size(LocalDate date) {
        return date.isBefore(ENLARGEMENT) ? 11 : 15;
    }

    /** The affirmative votes a decision needs on a day: 7, or 9 from 1966. */
    public int needed(LocalDate date) {
        return date.isBefore(ENLARGEMENT) ? 7 : 9;
    }

    /**
     * Decides a vote. {@code votes} maps members' codes to their votes (a member missing from the map is absent);
     * {@code permanent} names the permanent members. Vetoing members are listed alphabetically.
     */
    public Decision decide(LocalDate date, Map<String, Vote> votes, Set<String> permanent, boolean procedural) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(permanent, "permanent");
        if (votes.size() > size(date)) {
            throw new IllegalArgumentException(votes.size() + " votes cast on " + date + ", but the Council then had "
                    + size(date) + " members");
        }
        int yes = 0;
        int no = 0;
        int abstain = 0;
        List<String> vetoedBy = new ArrayList<>();
        for (Map.Entry<String, Vote> v : votes.entrySet()) {
            switch (Objects.requireNonNull(v.getValue(), () -> "no vote for " + v.getKey())) {
                case YES -> yes++;
                case NO -> {
                    no++;
                    if (!procedural && permanent.contains(v.getKey())) {
                        vetoedBy.add(v.getKey());
                    }
                }
                case ABSTAIN -> abstain++;
                case ABSENT -> { }
            }
        }
        vetoedBy.sort(null);
        int needed = needed(date);
        int shortBy = Math.max(0, needed - yes);
        return new Decision(shortBy == 0 && vetoedBy.isEmpty(), yes, no, abstain, needed, vetoedBy, shortBy);
    }
}
