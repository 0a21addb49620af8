package org.standpoint.cli.analyze;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.cli.ArticleBudgetOption;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.ResourceOptions;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.store.Database;
import org.standpoint.store.LexiconSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code standpoint analyze PATH...}: ingest, annotate and store articles. */
@Command(name = "analyze", description = "Read articles from files and folders, annotate them and store them.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .htm, .jsonl, .warc, .warc.gz)")
    List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV file,published,publisher,url supplying missing metadata")
    Path manifest;

    @Mixin
    ResourceOptions resources;

    @Mixin
    ArticleBudgetOption budget;

    @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: all cores)")
    Integer threads;

    @Mixin
    DbOption options;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        }
        Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        AnalysisConfig config = resources.config();
        try (Database db = Database.open(options.db)) {
            err.println("standpoint: loading CoreNLP models...");
            err.flush();
            CoreNlpModels models = CoreNlpModels.shared(config.corenlp());
            err.printf("standpoint: models loaded in %.1f s%n", models.loadMillis() / 1000.0);
            Pipeline pipeline = budget.applied(AnalysisPipeline.full(config, models));
            AnalysisPipeline.LexiconSet lexicons = AnalysisPipeline.lexicons(config);
            new LexiconSets(db).record(lexicons.digest(), lexicons.files());
            RunSummary summary = new AnalysisRun(db, pipeline, AnalysisPipeline.annotator(models), n, err).run(inputs, m);
            out.print(summary.describe());
            out.println("database: " + db.name());
            out.flush();
            if (summary.unrecorded() != null) {
                err.println("standpoint: this run's record could not be stored: " + summary.unrecorded());
                err.flush();
            }
            return summary.clean() ? 0 : 1;
        }
    }
}
