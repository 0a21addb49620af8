package org.standpoint.cli.council;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.standpoint.council.facts.CouncilFacts;
import org.standpoint.council.facts.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint council members YEAR}: the Council of a year, permanent members first. */
@Command(name = "members", description = "The Council's members in a year (1946-2026): code, name, seat.")
public final class CouncilMembersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "YEAR", description = "calendar year")
    int year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Member> members = CouncilFacts.bundled().members(year);
        if (members.isEmpty()) {
            List<Integer> years = CouncilFacts.bundled().years();
            spec.commandLine().getErr().println("standpoint: no Council membership for " + year + "; known years are "
                    + years.get(0) + "-" + years.get(years.size() - 1));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-5s %-60s %s%n", "iso3", "name", "seat");
        for (Member m : members) {
            out.printf("%-5s %-60s %s%n", m.iso3(), m.name(), m.seat().name().toLowerCase(Locale.ROOT));
        }
        out.flush();
        return 0;
    }
}
