package org.standpoint.cli.extract;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.cli.ArticleBudgetOption;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.ResourceOptions;
import org.standpoint.cli.progress.Progress;
import org.standpoint.model.Article;
import org.standpoint.model.StageFailure;
import org.standpoint.pipeline.Document;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.LexiconSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code standpoint extract}: actors and events again, from the stored annotation. */
@Command(name = "extract", description = "Re-run actor and event extraction over stored articles without parsing them again.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ResourceOptions resources;

    @Mixin
    ArticleBudgetOption budget;

    @Mixin
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (Database db = options.openExisting()) {
            AnalysisConfig config = resources.config();
            AnalysisPipeline.LexiconSet lexicons = AnalysisPipeline.lexicons(config);
            new LexiconSets(db).record(lexicons.digest(), lexicons.files());
            Reextraction again = new Reextraction(db, config, budget::applied);
            int done = 0;
            int events = 0;
            int incomplete = 0;
            List<Article> all = new ArticleStore(db, "").articles();
            try (Progress bar = Progress.of("extract", all.size(), err)) {
                for (Article a : all) {
                    bar.step();
                    Optional<Document> d = again.run(a);
                    if (d.isEmpty()) {
                        continue;
                    }
                    done++;
                    events += d.get().extraction().events().size();
                    if (!d.get().failures().isEmpty()) {
                        bar.message(a.metadata().origin() + ": stage " + StageFailure.summary(d.get().failures()));
                    }
                    incomplete += d.get().complete() ? 0 : 1;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("extracted %d articles: %d events, %d with a stage that did not complete, in %.1f s"
                    + " (%.1f articles/s)%n", done, events, incomplete, seconds, done / seconds);
            return incomplete == 0 ? 0 : 1;
        }
    }
}
