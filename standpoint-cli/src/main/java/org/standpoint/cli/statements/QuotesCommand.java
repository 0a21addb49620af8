package org.standpoint.cli.statements;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.standpoint.analysis.export.FlatRows;
import org.standpoint.analysis.export.FlatTable;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.FlatRowOutput;
import org.standpoint.cli.ListFormat;
import org.standpoint.store.Database;
import org.standpoint.store.StatementQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint quotes}: quotations with their speakers, oldest first. */
@Command(name = "quotes", description = "List quotations with their speakers.")
public final class QuotesCommand implements Callable<Integer> {
    @Option(names = "--speaker", paramLabel = "TEXT", description = "only speakers whose name or code contains TEXT (e.g. Lavrov, RUS)")
    String speaker;

    @Option(names = "--indirect", description = "include indirect speech as well as direct quotations")
    boolean indirect;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (for reading),"
            + " csv or json (one JSON object a line): csv and json give every column of the quotes table, uncut")
    ListFormat format;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = options.openExisting()) {
            List<StatementQueries.StoredQuote> quotes = new StatementQueries(db).quotes(speaker).stream()
                    .filter(q -> indirect || q.quote().kind() == org.standpoint.model.QuoteKind.DIRECT).toList();
            if (format != ListFormat.table) {
                FlatRowOutput.print(db, FlatTable.QUOTES, quotes, StatementQueries.StoredQuote::articleId,
                        (a, q) -> FlatRows.quote(a, q.quote()), format, out);
                out.flush();
                return 0;
            }
            for (StatementQueries.StoredQuote q : quotes) {
                out.printf("%-10s %-28s %-9s \"%s\"%n", q.published() == null ? "-" : q.published(),
                        Tables.cut(q.quote().speaker() == null ? "(unknown)" : q.quote().speaker(), 28),
                        q.quote().speakerCode() == null ? "-" : q.quote().speakerCode(), Tables.cut(q.quote().text(), 100));
            }
            out.printf("%d quotes%n", quotes.size());
        }
        out.flush();
        return 0;
    }
}
