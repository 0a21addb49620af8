package org.standpoint.cli.export;

/** The formats {@code export} writes. */
public enum ExportFormat {
    /** One JSON object per line, as in the export contract: each article, then its actors and events. */
    jsonl,
    /** The flat tables of every record type as CSV: one file per table in a folder, or one table with --type. */
    csv,
    /** The flat tables as Parquet files, typed. */
    parquet,
    /** The GDELT 2.0 event table: 61 tab-separated columns, one event a line. */
    gdelt
}
