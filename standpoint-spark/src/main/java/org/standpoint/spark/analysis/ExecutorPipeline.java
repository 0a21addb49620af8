package org.standpoint.spark.analysis;

import java.util.ArrayList;
import java.util.List;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.cli.extract.ExtractionStages;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.pipeline.Stage;

/**
 * The pipeline of {@code standpoint analyze} (CoreNLP annotation, then the bundled extraction stages), built
 * once per executor JVM on first use and shared by every task that runs there: loading the models takes tens
 * of seconds and gigabytes, so it must never happen per task or per partition. The stages are thread-safe.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    /** Holder idiom: the JVM builds the pipeline when a task first asks for it, exactly once. */
    private static final class Holder {
        static final Pipeline PIPELINE = build();

        private static Pipeline build() {
            List<Stage> stages = new ArrayList<>();
            stages.add(new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT)));
            stages.addAll(ExtractionStages.build(null, null));
            return Pipeline.of(stages);
        }
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
