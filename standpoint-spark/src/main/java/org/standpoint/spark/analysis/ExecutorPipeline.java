package org.standpoint.spark.analysis;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.standpoint.analysis.AnalysisConfig;
import org.standpoint.analysis.AnalysisPipeline;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.pipeline.Pipeline;

/**
 * The pipeline of {@code standpoint analyze}, built once per executor JVM and configuration on first use and
 * shared by every task that runs there: loading the models takes tens of seconds and gigabytes, so it must
 * never happen per task or per partition. The stages are thread-safe.
 */
final class ExecutorPipeline {
    private static final Map<AnalysisConfig, Pipeline> BUILT = new ConcurrentHashMap<>();
    private static final Map<Budgeted, Pipeline> LIMITED = new ConcurrentHashMap<>();

    /** A configuration with the time budget of its articles. */
    private record Budgeted(AnalysisConfig config, Duration budget) {
    }

    private ExecutorPipeline() {
    }

    private static Pipeline get(AnalysisConfig config) {
        return BUILT.computeIfAbsent(config, c -> AnalysisPipeline.full(c, CoreNlpModels.shared(c.corenlp())));
    }

    /** The pipeline for {@code config} with each article limited to {@code budget}, built once like it. */
    static Pipeline get(AnalysisConfig config, Duration budget) {
        return LIMITED.computeIfAbsent(new Budgeted(config, budget), k -> get(k.config()).withTimeBudget(k.budget()));
    }
}
