package org.standpoint.cli;

/** How a list command prints: a table a person reads, or every field as CSV or JSON Lines for a program. */
public enum ListFormat {
    table,
    csv,
    json
}
