package org.standpoint.council.facts;

/** The kind of seat a Council member holds in a year. */
public enum Seat {
    PERMANENT, ELECTED
}
