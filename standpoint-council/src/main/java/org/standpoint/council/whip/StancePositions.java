package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.standpoint.council.facts.Vote;
import org.standpoint.model.Polarity;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StanceQueries.StoredStance;

/**
 * Members' positions from the stored stances on one policy and target, as reported before the vote: support
 * projects a yes, opposition a no; an undecided stance commits the member to nothing.
 */
public final class StancePositions implements PositionSource {
    private final List<StoredStance> stances;
    private final String policy;

    public StancePositions(StanceQueries queries, String policy, String target) {
        this.stances = queries.stances(null, policy, target);
        this.policy = policy;
    }

    @Override
    public Optional<Position> latest(String iso3, LocalDate date) {
        return stances.stream()
                // Only what was known before the vote: articles published before it.
                .filter(s -> s.heldFor(iso3) && s.when() != null && knownBefore(s, date))
                .filter(s -> s.stance().polarity() != Polarity.UNDECIDED)
                .max(Comparator.comparing(StoredStance::when))
                .map(this::position);
    }

    private static boolean knownBefore(StoredStance s, LocalDate date) {
        LocalDate reported = s.published() != null ? s.published().firstDay() : s.when().firstDay();
        return reported.isBefore(date) && !s.when().firstDay().isAfter(date);
    }

    private Position position(StoredStance s) {
        boolean support = s.stance().polarity() == Polarity.SUPPORT;
        return new Position(support ? Vote.YES : Vote.NO, (support ? "supports " : "opposes ") + policy + " (stance)",
                s.stance().evidence(), s.when().firstDay());
    }
}
