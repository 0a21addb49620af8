package org.standpoint.cli;

import java.time.LocalDate;
import org.standpoint.model.PartialDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --from} and {@code --to}, each a day, month or year: from the first day of the one to the last day of
 * the other. A record dated only to a month or year counts from its first day; one whose text states no date, by
 * its article's publication date.
 */
public final class DateRange {
    @Option(names = "--from", paramLabel = "DATE", description = "from this day, month or year (YYYY[-MM[-DD]])")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "to the end of this day, month or year")
    String to;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The first day of {@code --from}, or null. */
    public LocalDate first() {
        return from == null ? null : date("--from", from).firstDay();
    }

    /** The last day of {@code --to}, or null. */
    public LocalDate last() {
        if (to == null) {
            return null;
        }
        PartialDate d = date("--to", to);
        LocalDate last = switch (d.precision()) {
            case DAY -> d.firstDay();
            case MONTH -> d.yearMonth().atEndOfMonth();
            case YEAR -> LocalDate.of(d.year(), 12, 31);
        };
        if (from != null && first().isAfter(last)) {
            throw new ParameterException(spec.commandLine(), "date range is empty: from " + from + " is after to " + to);
        }
        return last;
    }

    /** Whether a record filed under {@code date} (null: undated) falls in the range, by its first day. */
    public boolean contains(PartialDate date) {
        LocalDate first = first();
        LocalDate last = last();
        if (first == null && last == null) {
            return true;
        }
        return date != null && (first == null || !date.firstDay().isBefore(first))
                && (last == null || !date.firstDay().isAfter(last));
    }

    private PartialDate date(String option, String text) {
        return PartialDate.parse(text).filter(d -> d.toString().equals(text.strip())).orElseThrow(() ->
                new ParameterException(spec.commandLine(), option + " needs YYYY, YYYY-MM or YYYY-MM-DD, got " + text));
    }
}
