package org.standpoint.spark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.export.ExportRecords;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.ingest.dedup.NearDuplicateIndex;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.ingest.prepare.DocStats;
import org.standpoint.ingest.prepare.PriorRuns;
import org.standpoint.spark.analysis.ArticleAnalysis;
import org.standpoint.spark.analysis.Outcome;
import org.standpoint.spark.input.Cleaned;
import org.standpoint.spark.input.DocKey;
import org.standpoint.spark.input.InputFiles;
import org.standpoint.spark.input.Parsed;
import org.standpoint.spark.input.RunManifest;
import org.standpoint.spark.output.EventReportCounts;
import org.standpoint.spark.output.ExportLine;
import org.standpoint.spark.output.JobError;
import org.standpoint.spark.output.JobOutput;
import org.standpoint.spark.output.Reporter;
import scala.Tuple2;

/**
 * {@code standpoint analyze} followed by {@code standpoint export --format jsonl}, as Spark passes over the
 * batch: read every file where it lies; collect each document's content hash and block hashes on the driver,
 * which drops exact copies and learns recurring blocks from the whole batch; clean every document against
 * those statistics and collect the MinHash signatures, from which the driver links near-identical copies in
 * reading order (each step one of {@link BatchPreparation}'s, the rules {@code standpoint analyze} runs in
 * one pass); annotate and extract the remaining articles, spread over {@code partitions} tasks with the
 * models loaded once per executor; count each event's reports across articles with joins; write. Each
 * failing input or article becomes a line of the error output.
 */
final class SparkAnalysis {
    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();
    private final SparkSession spark;
    private final JavaSparkContext sc;

    SparkAnalysis(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** The cleaned batch: articles (near-identical copies linked) and documents left without one. */
    private record Prepared(long read, long copies, JavaRDD<Cleaned> cleaned) {
    }

    /** The export records and the articles that failed analysis or lost their original. */
    private record Analysed(JavaRDD<ExportLine> lines, JavaRDD<JobError> errors, long analysed) {
    }

    JobSummary run(JobConfig config) throws IOException {
        long start = System.nanoTime();
        RunManifest manifest = RunManifest.read(sc.hadoopConfiguration(), config.input(), config.manifest());
        JavaRDD<Parsed> parsed = InputFiles.read(sc, config.input(), manifest).persist(KEEP);
        Prepared prepared = prepare(parsed);
        Analysed analysed = analyse(prepared.cleaned(), config.partitions(), config.analysis(), config.articleBudget());
        List<JobError> problems = manifest.parse().problems().stream().map(f -> new JobError(f.sourceFile(), f)).toList();
        JavaRDD<JobError> errors = sc.parallelize(problems, 1)
                .union(parsed.flatMap(p -> p.failure().map(f -> new JobError(p.key().path(), f)).stream().iterator()))
                .union(prepared.cleaned().filter(c -> c.failure() != null).map(c -> new JobError(c.key().path(), c.failure())))
                .union(analysed.errors()).persist(KEEP);
        JobOutput.records(spark, analysed.lines(), config.output());
        JobOutput.errors(spark, errors, config.errors());
        Map<String, Long> records = analysed.lines().map(l -> l.type() + "s").countByValue();
        long stored = records.getOrDefault("articles", 0L);
        JobSummary summary = new JobSummary(prepared.read(), stored, stored - analysed.analysed(), prepared.copies(),
                errors.count(), records, (System.nanoTime() - start) / 1e9);
        sc.getPersistentRDDs().values().forEach(rdd -> rdd.unpersist(false));
        return summary;
    }

    private Prepared prepare(JavaRDD<Parsed> parsed) {
        List<Tuple2<DocKey, DocStats>> stats = new ArrayList<>(parsed
                .flatMap(p -> p.document().map(d -> new Tuple2<>(p.key(), DocStats.of(d))).stream().iterator())
                .collect());
        stats.sort(Comparator.comparing(Tuple2::_1));
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(stats.stream().map(Tuple2::_2).toList(), PriorRuns.NONE);
        Set<DocKey> copyKeys = corpus.copies().stream().map(i -> stats.get(i)._1()).collect(Collectors.toSet());
        Broadcast<RepeatedBlocks> blocks = sc.broadcast(corpus.blocks());
        Broadcast<Set<DocKey>> copies = sc.broadcast(copyKeys);
        JavaRDD<Cleaned> cleaned = parsed.filter(p -> p.document().isPresent() && !copies.value().contains(p.key()))
                .map(p -> Cleaned.of(p.key(), p.document().get(), blocks.value())).persist(KEEP);
        List<Cleaned> signed = new ArrayList<>(cleaned.filter(c -> c.article() != null).collect());
        signed.sort(Comparator.comparing(Cleaned::key));
        Broadcast<Map<String, NearDuplicateIndex.Match>> originals = sc.broadcast(BatchPreparation.links(signed.stream()
                .map(c -> new BatchPreparation.Signed(c.article().id(), c.signature())).toList(), PriorRuns.NONE));
        return new Prepared(stats.size(), copyKeys.size(),
                cleaned.map(c -> c.article() == null ? c : c.linked(originals.value())));
    }

    /**
     * Analyses the originals; a near-identical copy is written as a link when its original succeeded and is an
     * error otherwise, as in {@code standpoint analyze}.
     */
    private static Analysed analyse(JavaRDD<Cleaned> cleaned, int partitions, AnalysisConfig config, Duration budget) {
        JavaRDD<Cleaned> articles = cleaned.filter(c -> c.article() != null);
        JavaRDD<Outcome> outcomes = articles.filter(c -> !c.article().isDuplicate()).repartition(partitions)
                .map(c -> ArticleAnalysis.analyze(c, config, budget)).persist(KEEP);
        JavaPairRDD<String, Reporter> analysed = outcomes.filter(Outcome::ok)
                .mapToPair(o -> new Tuple2<>(o.reporter().articleId(), o.reporter()));
        JavaPairRDD<String, Tuple2<Cleaned, Optional<Reporter>>> copies = articles
                .filter(c -> c.article().isDuplicate())
                .mapToPair(c -> new Tuple2<>(c.article().duplicateOf(), c)).leftOuterJoin(analysed);
        JavaRDD<Cleaned> linked = copies.filter(t -> t._2()._2().isPresent()).map(t -> t._2()._1());
        JavaRDD<JobError> orphans = copies.filter(t -> !t._2()._2().isPresent()).map(t -> orphan(t._2()._1()));
        JavaPairRDD<String, Reporter> reporters = analysed
                .union(linked.mapToPair(c -> new Tuple2<>(c.article().duplicateOf(), Reporter.of(c.article()))));
        JavaRDD<ExportLine> lines = EventReportCounts.fill(outcomes.flatMap(o -> o.lines().iterator()), reporters)
                .union(linked.map(c -> ExportLine.of(ExportRecords.article(c.article()), null))).persist(KEEP);
        JavaRDD<JobError> errors = outcomes.filter(o -> !o.ok()).map(Outcome::error).union(orphans)
                .union(outcomes.flatMap(o -> o.incomplete().iterator()));
        return new Analysed(lines, errors, analysed.count());
    }

    private static JobError orphan(Cleaned copy) {
        return new JobError(copy.key().path(), BatchPreparation.orphaned(copy.article()));
    }
}
