package org.standpoint.cli.stances;

import java.io.PrintWriter;
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
import org.standpoint.store.Database;
import org.standpoint.store.StanceQueries;
import org.standpoint.store.StanceTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint stances}: stance timelines with evidence, changes of position marked. */
@Command(name = "stances", description = "Show each actor's position on each policy over time, with evidence and changes.")
public final class StancesCommand implements Callable<Integer> {
    @Option(names = "--holder", paramLabel = "CODE", description = "holder code prefix, e.g. RUS")
    String holder;

    @Option(names = "--policy", paramLabel = "POLICY", description = "e.g. leader_exit, sanctions, un_condemnation")
    String policy;

    @Option(names = "--target", paramLabel = "CODE", description = "target code prefix, e.g. SYR")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (for reading),"
            + " csv or json (one JSON object a line): csv and json give every column of the stances table, uncut")
    ListFormat format;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = options.openExisting()) {
            List<StanceQueries.StoredStance> stances =
                    new StanceQueries(db).stances(holder, KnownValue.policy(spec.commandLine(), policy, db), target);
            if (format != ListFormat.table) {
                FlatRowOutput.print(db, FlatTable.STANCES, stances, StanceQueries.StoredStance::articleId,
                        (a, s) -> FlatRows.stance(a, s.stance()), format, out);
                out.flush();
                return 0;
            }
            Map<String, List<StanceTimeline.Step>> timelines = StanceTimeline.of(stances);
            int changes = 0;
            for (Map.Entry<String, List<StanceTimeline.Step>> t : timelines.entrySet()) {
                out.println(t.getKey());
                for (StanceTimeline.Step step : t.getValue()) {
                    var s = step.stance();
                    String mark = step.change() ? "  CHANGE from " + step.before().name().toLowerCase(Locale.ROOT) : "";
                    out.printf("  %-10s %-9s %-8s %s%s%n", s.when() == null ? "-" : s.when(),
                            s.stance().polarity().name().toLowerCase(Locale.ROOT), s.stance().holder(),
                            cut(s.stance().evidence()), mark);
                    changes += step.change() ? 1 : 0;
                }
            }
            out.printf("%d timelines, %d changes of position%n", timelines.size(), changes);
        }
        out.flush();
        return 0;
    }

    private static String cut(String text) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? "\"" + one + "\"" : "\"" + one.substring(0, 89) + "…\"";
    }
}
