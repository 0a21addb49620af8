package org.standpoint.council.facts;

import java.time.LocalDate;
import java.util.Objects;

/** How one member voted on one draft or resolution, identified by its UN symbol. */
public record MemberVote(LocalDate date, String symbol, String iso3, Vote vote) {
    public MemberVote {
        Objects.requireNonNull(date, "date");
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("member vote without a symbol on " + date);
        }
        Iso3.check(iso3);
        Objects.requireNonNull(vote, "vote");
    }
}
