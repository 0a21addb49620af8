package org.standpoint.cli.export;

/** The formats {@code export} writes. */
public enum ExportFormat {
    /** One JSON object per line, as in the export contract: each article, then its actors and events. */
    jsonl,
    /** One CSV table of articles, for spreadsheets. */
    csv,
    /** The GDELT 2.0 event table: 61 tab-separated columns, one event a line. */
    gdelt
}
