package org.standpoint.cli.council;

import java.io.PrintWriter;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.KnownValue;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Outcome;
import org.standpoint.council.rules.Decision;
import org.standpoint.council.rules.VotingRule;
import org.standpoint.council.whip.Backtest;
import org.standpoint.council.whip.PositionSource;
import org.standpoint.store.Database;
import org.standpoint.council.whip.StancePositions;
import org.standpoint.store.StanceQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint council backtest}: how well would the whip count have projected an agenda's drafts? */
@Command(name = "backtest", description = "Project every draft of an agenda from what was known before it and score against the record.")
public final class CouncilBacktestCommand implements Callable<Integer> {
    @Option(names = "--topic", required = true, description = "agenda, e.g. Syria")
    String topic;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2011-01-01", description = "first vote date (default: ${DEFAULT-VALUE})")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", defaultValue = "2020-12-31", description = "last vote date (default: ${DEFAULT-VALUE})")
    LocalDate to;

    @Option(names = "--policy", defaultValue = "un_condemnation", description = "the stances that count (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--target", paramLabel = "CODE", description = "the stances' target, e.g. SYR (without it only the record counts)")
    String target;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Backtest backtest = new Backtest(CouncilFacts.bundled(), VotingRule.charter());
        boolean withStances = target != null && options.exists();
        if (withStances) {
            try (Database db = options.openExisting()) {
                print(out, backtest.run(topic, from, to, new StancePositions(new StanceQueries(db), KnownValue.policy(spec.commandLine(), policy, db), target)));
            }
        } else {
            PositionSource none = (iso3, date) -> Optional.empty();
            print(out, backtest.run(topic, from, to, none));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Backtest.Result result) {
        out.printf("%-10s %-14s %-12s %-25s %-9s %s%n", "vote", "draft", "record", "projected", "votes", "projected wrongly");
        for (Backtest.DraftResult d : result.drafts()) {
            Decision p = d.projected();
            out.printf("%-10s %-14s %-12s %-25s %2d/%-6d %s%n", d.draft().date(), d.draft().symbol(),
                    outcome(d.draft().outcome()), outcome(p.outcome()) + " " + p.yes() + "-" + p.no() + "-" + p.abstain()
                            + (d.outcomeRight() ? "" : " (wrong)"),
                    d.votesRight(), d.votes(), d.wrong().isEmpty() ? "-" : String.join(", ", d.wrong()));
        }
        out.println();
        out.printf("%-16s %-22s %s%n", "method", "outcomes right", "member votes right");
        for (Backtest.Score s : result.scores()) {
            out.printf("%-16s %3d/%-3d (%5.1f%%)       %3d/%-3d (%5.1f%%)%n", s.method(), s.outcomesRight(), s.outcomes(),
                    100 * s.outcomeAccuracy(), s.votesRight(), s.votes(), 100 * s.voteAccuracy());
        }
    }

    private static String outcome(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
