package org.standpoint.cli.statements;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standpoint.analysis.export.FlatRows;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.FlatRowOutput;
import org.standpoint.cli.ListFormat;
import org.standpoint.cli.KnownValue;
import org.standpoint.model.Figure;
import org.standpoint.store.Database;
import org.standpoint.store.StatementQueries;
import org.standpoint.store.StatementQueries.StoredFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code standpoint figures}: claimed counts over time, then the latest claim of each claimant side by side,
 * so conflicting tolls show at a glance.
 */
@Command(name = "figures", description = "List claimed figures (death tolls, observers, ...) by claimant over time.")
public final class FiguresCommand implements Callable<Integer> {
    @Option(names = "--target", paramLabel = "CODE", description = "only figures about this country's conflict (e.g. SYR)")
    String target;

    @Option(names = "--what", paramLabel = "WHAT", description = "only this kind of count (killed, wounded, arrested, observers, refugees, ...)")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (for reading),"
            + " csv or json (one JSON object a line): csv and json give every column of the figures table, uncut")
    ListFormat format;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = options.openExisting()) {
            List<StoredFigure> figures = new StatementQueries(db).figures(KnownValue.figureKind(spec.commandLine(), what, db), target);
            if (format != ListFormat.table) {
                FlatRowOutput.print(db, FlatTable.FIGURES, figures, StoredFigure::articleId,
                        (a, f) -> FlatRows.figure(a, f.figure()), format, out);
                out.flush();
                return 0;
            }
            Map<String, StoredFigure> latest = new LinkedHashMap<>();
            for (StoredFigure s : figures) {
                Figure f = s.figure();
                out.printf("%-10s %-10s %-10s %10s  %-22s %s%n", date(s), f.what(), bound(f), String.format(Locale.ROOT, "%,d", f.count()),
                        claimant(f), Tables.cut(f.evidence() == null ? "" : f.evidence(), 70));
                latest.put(f.what() + "\t" + claimant(f), s);
            }
            out.printf("%d figures%n%nlatest claim by claimant:%n", figures.size());
            for (StoredFigure s : latest.values()) {
                out.printf("  %-10s %-22s %s %,d (as of %s)%n", s.figure().what(), claimant(s.figure()),
                        bound(s.figure()), s.figure().count(), date(s));
            }
        }
        out.flush();
        return 0;
    }

    private static String date(StoredFigure s) {
        return s.figure().asOf() != null ? s.figure().asOf().toString() : s.published() == null ? "-" : s.published().toString();
    }

    private static String bound(Figure f) {
        return f.bound().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String claimant(Figure f) {
        return f.claimant() == null ? "(the report itself)" : f.claimant() + (f.claimantName() == null ? "" : " " + f.claimantName());
    }
}
