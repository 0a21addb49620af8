package org.standpoint.council.facts;

import java.util.Objects;

/** A state's seat on the Council in one calendar year; mid-year changes of state are not modelled. */
public record Member(int year, String iso3, String name, Seat seat) {
    public Member {
        if (year < 1946) {
            throw new IllegalArgumentException("year before the Council's first meeting: " + year);
        }
        Iso3.check(iso3);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seat, "seat");
    }

    public boolean permanent() {
        return seat == Seat.PERMANENT;
    }
}
