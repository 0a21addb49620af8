package org.standpoint.spark.analysis;

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

    private ExecutorPipeline() {
    }

    static Pipeline get(AnalysisConfig config) {
        return BUILT.computeIfAbsent(config, c -> AnalysisPipeline.full(c, CoreNlpModels.shared(c.corenlp())));
    }
}
