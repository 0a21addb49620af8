package org.standpoint.cli.export;

/** The formats {@code export} writes. */
public enum ExportFormat {
    /** One JSON object per line, as in the export contract. */
    jsonl,
    /** One CSV table of articles, for spreadsheets. */
    csv
}
