package org.standpoint.cli.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code export} writes. */
public enum ExportFormat {
    /** One JSON object per line, as in the export contract: each article, then its actors and events. */
    jsonl,
    /** The flat tables of every record type as CSV: one file per table in a folder, or one table with --type. */
    csv,
    /** The flat tables as Parquet files, typed. */
    parquet,
    /** The GDELT 2.0 event table: 61 tab-separated columns, one event a line. */
    gdelt,
    /** The GDELT 2.0 Mentions table: 16 tab-separated columns, one report of an event a line. */
    gdelt_mentions,
    /** A network (see {@link NetworkKind}) as GraphML. */
    graphml,
    /** A network as GEXF 1.3, Gephi's own format. */
    gexf;

    /** The format's name on the command line: {@code gdelt-mentions}. */
    public String option() {
        return name().replace('_', '-');
    }

    /** Reads a format by its name on the command line, naming the formats when it is none of them. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String text) {
            for (ExportFormat f : values()) {
                if (f.option().equals(text.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown format '" + text + "'; the formats are "
                    + Arrays.stream(values()).map(ExportFormat::option).collect(Collectors.joining(", ")));
        }
    }
}
