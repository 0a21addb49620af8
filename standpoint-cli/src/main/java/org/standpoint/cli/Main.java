package org.standpoint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;

import org.standpoint.analysis.Version;
import org.standpoint.cli.analyze.AnalyzeCommand;
import org.standpoint.cli.export.ExportCommand;
import org.standpoint.cli.extract.ExtractCommand;
import org.standpoint.store.Credentials;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/standpoint}. */
@Command(name = "standpoint", mixinStandardHelpOptions = true, version = Version.TEXT,
        description = "Rebuilds actors, events, stances, quotes and figures from news reports of diplomacy.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, ExportCommand.class, StatsCommand.class,
                org.standpoint.cli.events.EventsCommand.class, org.standpoint.cli.stances.StancesCommand.class, org.standpoint.cli.statements.QuotesCommand.class,
                org.standpoint.cli.statements.FiguresCommand.class, org.standpoint.cli.eval.EvalCommand.class, org.standpoint.cli.council.CouncilCommand.class,
                org.standpoint.cli.serve.ServeCommand.class, org.standpoint.cli.bench.BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(LocalDate.class, new DayConverter());
        cli.setExecutionExceptionHandler(new FailureHandler());
        withHelp(cli);
        return cli;
    }

    /** Gives {@code --help} and {@code --version} to every command, as users try them on any. */
    private static void withHelp(CommandLine cli) {
        cli.getCommandSpec().mixinStandardHelpOptions(true);
        cli.getSubcommands().values().forEach(Main::withHelp);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line for an unexpected failure; the stack trace only with {@code --verbose}. */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            PrintWriter err = cli.getErr();
            // A driver's message or a stack trace may repeat the database location, password included.
            err.println("standpoint: " + Credentials.masked(e.getMessage() != null ? e.getMessage() : e.toString()));
            if (verbose(parsed)) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(Credentials.masked(trace.toString()));
            }
            err.flush();
            return 1;
        }

        /** Whether {@code --verbose} was given to the command that ran or to any command above it. */
        private static boolean verbose(CommandLine.ParseResult parsed) {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--verbose")) {
                    return true;
                }
            }
            return false;
        }
    }
}
