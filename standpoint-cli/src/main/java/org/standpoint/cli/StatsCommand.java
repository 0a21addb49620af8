package org.standpoint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standpoint.store.Database;
import org.standpoint.store.LexiconSets;
import org.standpoint.store.StageFailures;
import org.standpoint.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint stats}: what a database holds. */
@Command(name = "stats", description = "Show what is stored.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = options.openExisting()) {
            out.println("database: " + db.name());
            for (Map.Entry<String, String> f : StoreStats.of(db).figures().entrySet()) {
                out.printf("  %-24s %s%n", f.getKey(), f.getValue());
            }
            // Articles stored without some stage's layers: extract runs those stages again.
            new StageFailures(db).countsByStage().forEach((stage, n) ->
                    out.printf("  %-24s %d articles%n", "stage " + stage + " incomplete", n));
            // What the lexicon digests in the records' provenance stand for.
            for (Map.Entry<String, List<String>> set : new LexiconSets(db).all().entrySet()) {
                out.printf("  lexicons %s: %s%n", set.getKey(), String.join("; ", set.getValue()));
            }
        }
        out.flush();
        return 0;
    }
}
