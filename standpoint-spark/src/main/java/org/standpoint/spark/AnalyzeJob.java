package org.standpoint.spark;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.Version;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.lexicon.DataFile;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.spark.input.InputFiles;
import org.standpoint.spark.output.JobOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Entry point of the Spark job, for {@code spark-submit --class org.standpoint.spark.AnalyzeJob} and
 * {@code bin/standpoint-spark}. Exit codes as {@code standpoint}: 0 all went well, 1 some input failed
 * (everything else was still written), 2 bad usage.
 */
@Command(name = "standpoint-spark", mixinStandardHelpOptions = true, version = Version.TEXT,
        description = "Analyse articles on Spark (as standpoint analyze) and write the export records"
                + " (as standpoint export --format jsonl) as Parquet and JSON Lines.")
public final class AnalyzeJob implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "file, folder or glob; local, hdfs:// or s3a://")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "gets parquet/ and jsonl/; must not exist")
    String output;

    @Option(names = "--errors", paramLabel = "DIR", description = "error output (default: OUTPUT/errors); must not exist")
    String errors;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV file,published,publisher,url supplying missing metadata")
    String manifest;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "your own actors file, added to and overriding the bundled ones (local, hdfs:// or s3a://)")
    String actors;

    @Option(names = "--policies", paramLabel = "FILE",
            description = "your own policies and phrasings (policy<TAB>cue words), added to the bundled ones")
    String policies;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "your own closed-class words (list<TAB>entry<TAB>value), added to and overriding the bundled lexicon")
    String lexicon;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "your own event patterns (rows of verbs.tsv or of petrarch-verbs.tsv), added to and overriding the bundled ones")
    String verbs;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "annotation tasks (default: 4 per core)")
    Integer partitions;

    @Option(names = "--article-budget", paramLabel = "SECONDS",
            description = "the most one article may take on an executor; past it the article is written with the stages that"
                    + " finished and an error line names the rest (default: " + Pipeline.DEFAULT_ARTICLE_BUDGET_SECONDS + ")")
    int articleBudget = Pipeline.DEFAULT_ARTICLE_BUDGET_SECONDS;

    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        AnalyzeJob job = new AnalyzeJob();
        CommandLine cli = new CommandLine(job);
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("standpoint-spark: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (job.verbose) {
                e.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        try (SparkSession spark = session()) {
            JobConfig config = config(spark);
            JobSummary summary = new SparkAnalysis(spark).run(config);
            PrintWriter out = spec.commandLine().getOut();
            out.print(summary.describe());
            out.println("records: " + config.output() + "/parquet and " + config.output() + "/jsonl; errors: "
                    + config.errors());
            out.flush();
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder builder = SparkSession.builder().appName("standpoint analyze").master(m);
        if (m.startsWith("local")) {
            // A local run is one command, not a service: no web UI listening on a port.
            builder.config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"));
        }
        return builder.getOrCreate();
    }

    /** Checks what only the file systems can tell; a bad value is a usage error naming it. */
    private JobConfig config(SparkSession spark) throws java.io.IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        if (!InputFiles.exists(hadoop, input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such input: " + input);
        }
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1, got " + partitions);
        }
        if (articleBudget < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--article-budget must be at least 1 second, got " + articleBudget);
        }
        int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
        AnalysisConfig analysis = new AnalysisConfig(CoreNlpConfig.DEFAULT, userFile(hadoop, actors, "--actors"),
                userFile(hadoop, policies, "--policies"), userFile(hadoop, lexicon, "--lexicon"),
                userFile(hadoop, verbs, "--verbs"));
        JobConfig config = new JobConfig(input, output, errors, manifest, n, analysis, Duration.ofSeconds(articleBudget));
        List<String> taken = JobOutput.existing(hadoop, config.output(), config.errors());
        if (!taken.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "output already exists: " + taken.get(0));
        }
        return config;
    }

    /** A user file read once on the driver, wherever it lies, and shipped to the executors with the job. */
    private DataFile userFile(Configuration hadoop, String path, String option) throws java.io.IOException {
        if (path == null) {
            return null;
        }
        Path p = new Path(path);
        if (!p.getFileSystem(hadoop).isFile(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": no such file: " + path);
        }
        try (InputStream in = p.getFileSystem(hadoop).open(p)) {
            return new DataFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
