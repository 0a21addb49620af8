package org.standpoint.council.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A draft resolution put to the vote. {@code symbol} is the UN symbol as given, which is empty when it is not
 * known and not unique for 1946–48 drafts identified by their meeting record; tallies are null when no source has
 * them. {@code vetoedBy} holds the vetoing permanent members' codes in alphabetical order.
 */
public record Draft(LocalDate date, String symbol, String topic, List<String> vetoedBy,
                    Integer yes, Integer no, Integer abstain, Outcome outcome) {
    public Draft {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(topic, "topic");
        vetoedBy = List.copyOf(vetoedBy);
        vetoedBy.forEach(Iso3::check);
        Objects.requireNonNull(outcome, "outcome");
        for (Integer n : new Integer[] {yes, no, abstain}) {
            if (n != null && (n < 0 || n > 15)) {
                throw new IllegalArgumentException("tally out of range for " + symbol + ": " + n);
            }
        }
        if (outcome == Outcome.VETOED && vetoedBy.isEmpty()) {
            throw new IllegalArgumentException("vetoed draft " + symbol + " of " + date + " names no vetoing member");
        }
    }

    /** The tally as {@code yes-no-abstain}, or {@code ?} when unknown. */
    public String tally() {
        return yes == null ? "?" : yes + "-" + no + "-" + abstain;
    }
}
