package org.standpoint.cli.council;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.KnownValue;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.rules.VotingRule;
import org.standpoint.council.whip.Projection;
import org.standpoint.council.whip.WhipCount;
import org.standpoint.council.whip.WhipCounter;
import org.standpoint.store.Database;
import org.standpoint.council.whip.StancePositions;
import org.standpoint.store.StanceQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint council project}: will a draft pass on a date, and who has to be won over? */
@Command(name = "project", description = "Whip count: project a draft's vote from stored stances and the council's record.")
public final class CouncilProjectCommand implements Callable<Integer> {
    @Option(names = "--policy", required = true, description = "the policy the draft enacts, e.g. un_condemnation")
    String policy;

    @Option(names = "--target", required = true, paramLabel = "CODE", description = "the country it is aimed at, e.g. SYR")
    String target;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day of the vote")
    LocalDate date;

    @Option(names = "--topic", description = "agenda of earlier drafts whose votes count (default: the target's name)")
    String topic;

    @Option(names = "--threshold", description = "a political threshold to report, e.g. 11 votes")
    Integer threshold;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CouncilFacts facts = CouncilFacts.bundled();
        String agenda = topic != null ? topic : facts.agendaOf(target).orElse(null);
        try (Database db = options.openExisting()) {
            WhipCount count = new WhipCounter(facts, VotingRule.charter())
                    .project(date, agenda, new StancePositions(new StanceQueries(db), KnownValue.policy(spec.commandLine(), policy, db), target));
            out.printf("%s on %s, %s (agenda: %s)%n", policy, target, date, agenda == null ? "-" : agenda);
            for (Projection p : count.projections()) {
                out.printf("  %-4s %-26s %-9s %-9s %s%n", p.member().iso3(), cut(p.member().name(), 26),
                        p.member().seat().name().toLowerCase(Locale.ROOT),
                        p.position().map(x -> x.vote().name().toLowerCase(Locale.ROOT)).orElse("unknown"),
                        p.position().map(x -> x.basis() + ", " + x.date() + ": \"" + cut(x.evidence(), 70) + "\"").orElse("not committed"));
            }
            out.println("if every uncommitted member backs it: " + count.ifUncommittedBack().summary());
            out.println("if none does:                         " + count.ifUncommittedDoNot().summary());
            if (threshold != null) {
                out.printf("reaches %d votes if every uncommitted member backs it: %s%n", threshold, count.ifUncommittedBack().meets(threshold));
            }
            out.println("not committed: " + count.uncommitted().stream().map(p -> p.member().iso3()).toList());
            out.println("must change for it to pass: " + (count.mustChange().isEmpty() ? "nobody" : count.mustChange()));
        }
        out.flush();
        return 0;
    }


    private static String cut(String s, int width) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
