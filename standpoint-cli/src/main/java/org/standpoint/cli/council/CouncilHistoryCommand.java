package org.standpoint.cli.council;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Draft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint council history [--topic T]}: failed drafts with tallies and vetoes, oldest first. */
@Command(name = "history", description = "Failed drafts (vetoed or short of votes) with tallies yes-no-abstain.")
public final class CouncilHistoryCommand implements Callable<Integer> {
    @Option(names = "--topic", paramLabel = "TEXT", description = "keep drafts whose topic contains TEXT (any case)")
    String topic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CouncilFacts facts = CouncilFacts.bundled();
        List<Draft> drafts = topic == null ? facts.drafts() : facts.drafts(topic);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s  %-20s  %-8s  %-11s  %-9s  %s%n", "date", "symbol", "tally", "outcome", "vetoed by", "topic");
        for (Draft d : drafts) {
            out.printf("%-10s  %-20s  %-8s  %-11s  %-9s  %s%n", d.date(), d.symbol().isEmpty() ? "-" : d.symbol(),
                    d.tally(), d.outcome().name().toLowerCase(Locale.ROOT),
                    d.vetoedBy().isEmpty() ? "-" : String.join(";", d.vetoedBy()), d.topic());
        }
        out.printf("%d drafts%s%n", drafts.size(), topic == null ? "" : " on topics containing '" + topic + "'");
        out.flush();
        return 0;
    }
}
