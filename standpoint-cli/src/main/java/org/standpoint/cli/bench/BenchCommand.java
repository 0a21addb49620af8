package org.standpoint.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpDefaultPipeline;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.ingest.ArticleSources;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.ingest.prepare.PreparedArticle;
import org.standpoint.ingest.prepare.PriorRuns;
import org.standpoint.model.Article;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standpoint bench PATH...}: the full pipeline (clean, annotate, extract, store) and CoreNLP's default
 * English pipeline on the same articles in one run, each after a warm-up so the figures are the steady state a
 * long run sees, not the JIT compiler's first minute.
 */
@Command(name = "bench", description = "Measure the full pipeline's speed beside CoreNLP's default English pipeline on the same articles.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles, as for analyze")
    List<Path> inputs;

    @Option(names = "--repeat", defaultValue = "1", description = "run each article this many times (as distinct articles), for a long enough run on a small corpus (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--threads", description = "threads for both pipelines (default: all cores)")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "6", description = "articles run untimed through each pipeline first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--corenlp-articles", paramLabel = "N", description = "time CoreNLP's default pipeline on the first N articles only (it is slow; default: all)")
    Integer corenlpArticles;

    @Option(names = "--no-corenlp", description = "skip the CoreNLP default pipeline")
    boolean noCorenlp;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || repeat < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --repeat must be at least 1, --warmup at least 0");
        }
        Path dir = Files.createTempDirectory("standpoint-bench");
        try (Database db = Database.open(dir.resolve("bench.db").toString())) {
            long ingestStart = System.nanoTime();
            List<Article> corpus = read(db);
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            if (corpus.isEmpty()) {
                throw new IllegalStateException("no article found in " + inputs);
            }
            List<Article> articles = Workload.repeated(corpus, repeat);
            out.printf(Locale.ROOT, "articles: %d (%d distinct, read and cleaned in %.2f s), threads: %d%n",
                    articles.size(), corpus.size(), ingestSeconds, n);
            out.flush();
            StandpointFigures ours = standpoint(db, articles, n, out);
            Long peak = ProcessUse.residentMb().orElse(ProcessUse.heapUsedMb());
            double baseline = noCorenlp ? Double.NaN : corenlpDefault(articles, n, out);
            out.printf(Locale.ROOT, "bench: articles_per_s=%.3f corenlp_default_articles_per_s=%.3f ratio=%.1f peak_rss_mb=%d%n",
                    ours.articlesPerSecond(), baseline, ours.articlesPerSecond() / baseline, peak);
            out.flush();
            return ours.failed() == 0 ? 0 : 1;
        } finally {
            deleteTree(dir);
        }
    }

    private List<Article> read(Database db) {
        List<RawDocument> docs = new ArrayList<>();
        ArticleSources.standard(IngestLimits.DEFAULT).read(inputs, Manifest.empty(), r -> {
            if (r instanceof RawDocument d) {
                docs.add(d);
            } else {
                report((SourceFailure) r);
            }
        });
        return BatchPreparation.prepare(docs, PriorRuns.NONE, this::report)
                .articles().stream().map(PreparedArticle::article).filter(a -> !a.isDuplicate()).toList();
    }

    private void report(SourceFailure f) {
        spec.commandLine().getErr().println("standpoint: " + f.describe());
        spec.commandLine().getErr().flush();
    }

    /** Articles/s, tokens, failures of the full pipeline. */
    private record StandpointFigures(double articlesPerSecond, long tokens, int failed) {
    }

    private StandpointFigures standpoint(Database db, List<Article> articles, int threads, PrintWriter out) {
        CoreNlpModels models = CoreNlpModels.load(CoreNlpConfig.DEFAULT);
        List<TimedStage> stages = new ArrayList<>();
        long extractLoad = System.nanoTime();
        Pipeline pipeline = AnalysisPipeline.full(AnalysisConfig.DEFAULT, models, s -> {
            TimedStage timed = new TimedStage(s);
            stages.add(timed);
            return timed;
        });
        out.printf(Locale.ROOT, "standpoint: CoreNLP models loaded in %.1f s, dictionaries and lexicons in %.1f s (%s)%n",
                models.loadMillis() / 1000.0, (System.nanoTime() - extractLoad) / 1e9, models.config().describe());
        out.flush();
        Workload.run("warm-up", articles.subList(0, Math.min(warmup, articles.size())), threads,
                a -> pipeline.run(Document.of(a)), d -> { });
        stages.forEach(TimedStage::reset);
        ArticleStore store = new ArticleStore(db, "bench");
        ExtractionStore extractions = new ExtractionStore(db);
        AtomicLong tokens = new AtomicLong();
        long[] storeNanos = {0};
        long start = System.nanoTime();
        long cpuStart = ProcessUse.processCpuNanos();
        int failed = Workload.run("standpoint", articles, threads, a -> pipeline.run(Document.of(a)), d -> {
            long t = System.nanoTime();
            if (store.save(new StoredArticle(d.article(), d.annotation(), "bench", null, null))) {
                extractions.replace(d.article().id(), d.extraction());
            }
            tokens.addAndGet(d.annotation().tokenCount());
            storeNanos[0] += System.nanoTime() - t;
        });
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuPerArticle = (ProcessUse.processCpuNanos() - cpuStart) / 1e6 / Math.max(1, articles.size() - failed);
        double perSecond = (articles.size() - failed) / wall;
        out.printf(Locale.ROOT, "standpoint: %d articles, %d tokens in %.1f s: %.2f articles/s, %.0f tokens/s%s%n",
                articles.size() - failed, tokens.get(), wall, perSecond, tokens.get() / wall,
                failed > 0 ? " (" + failed + " failed)" : "");
        // CPU time does not depend on what else the machine is doing, so it tells the capacity of idle cores.
        out.printf(Locale.ROOT, "standpoint: %.0f ms of CPU per article (all threads, GC included): at most %.2f articles/s on %d cores%n",
                cpuPerArticle, 1000.0 * Runtime.getRuntime().availableProcessors() / cpuPerArticle,
                Runtime.getRuntime().availableProcessors());
        out.printf("  %-12s %9s %7s %12s%n", "stage", "seconds", "share", "tokens/s");
        double busy = stages.stream().mapToDouble(TimedStage::seconds).sum() + storeNanos[0] / 1e9;
        for (TimedStage s : stages) {
            stageLine(out, s.name(), s.seconds(), busy, tokens.get());
        }
        stageLine(out, "store", storeNanos[0] / 1e9, busy, tokens.get());
        out.println("  (seconds are summed over threads; tokens/s is what one thread does in that stage)");
        out.flush();
        return new StandpointFigures(perSecond, tokens.get(), failed);
    }

    private static void stageLine(PrintWriter out, String name, double seconds, double busy, long tokens) {
        out.printf(Locale.ROOT, "  %-12s %9.2f %6.1f%% %12.0f%n", name, seconds, 100 * seconds / busy, tokens / seconds);
    }

    private double corenlpDefault(List<Article> articles, int threads, PrintWriter out) {
        List<Article> sample = corenlpArticles == null ? articles : articles.subList(0, Math.min(corenlpArticles, articles.size()));
        CoreNlpDefaultPipeline corenlp = CoreNlpDefaultPipeline.load();
        out.printf(Locale.ROOT, "corenlp default (%s): models loaded in %.1f s%n", CoreNlpDefaultPipeline.ANNOTATORS,
                corenlp.loadMillis() / 1000.0);
        out.flush();
        Workload.run("corenlp warm-up", sample.subList(0, Math.min(Math.min(warmup, 2), sample.size())), threads,
                a -> corenlp.annotate(a.body()), x -> { });
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        int failed = Workload.run("corenlp", sample, threads, a -> corenlp.annotate(a.body()), t -> tokens.addAndGet(t));
        double wall = (System.nanoTime() - start) / 1e9;
        double perSecond = (sample.size() - failed) / wall;
        out.printf(Locale.ROOT, "corenlp default: %d articles, %d tokens in %.1f s: %.2f articles/s, %.0f tokens/s%n",
                sample.size() - failed, tokens.get(), wall, perSecond, tokens.get() / wall);
        out.flush();
        return perSecond;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
