package org.standpoint.cli.extract;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.cli.DbOption;
import org.standpoint.cli.ResourceOptions;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.LexiconSets;
import org.standpoint.store.ExtractionStore;
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
    DbOption options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (Database db = options.openExisting()) {
            ArticleStore articles = new ArticleStore(db, "");
            ExtractionStore extractions = new ExtractionStore(db);
            AnalysisConfig config = resources.config();
            Pipeline pipeline = AnalysisPipeline.extraction(config);
            AnalysisPipeline.LexiconSet lexicons = AnalysisPipeline.lexicons(config);
            new LexiconSets(db).record(lexicons.digest(), lexicons.files());
            int done = 0;
            int events = 0;
            List<Article> all = articles.articles();
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(all.size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build()) {
                for (Article a : all) {
                    bar.step();
                    Annotation annotation = articles.annotation(a.id()).orElse(null);
                    if (annotation == null) {
                        continue;
                    }
                    Document d = pipeline.run(Document.annotated(a, annotation));
                    extractions.replace(a.id(), d.extraction());
                    done++;
                    events += d.extraction().events().size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("extracted %d articles: %d events in %.1f s (%.1f articles/s)%n", done, events, seconds, done / seconds);
        }
        return 0;
    }
}
