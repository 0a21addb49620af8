package org.standpoint.cli.bench;

import java.util.concurrent.atomic.LongAdder;
import org.standpoint.pipeline.AroundStage;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Stage;

/** A stage that adds up the time spent in it, over every thread, for the benchmark's per-stage figures. */
final class TimedStage extends AroundStage {
    private final LongAdder nanos = new LongAdder();

    TimedStage(Stage stage) {
        super(stage);
    }

    @Override
    public Document apply(Document document) {
        long start = System.nanoTime();
        try {
            return inner().apply(document);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    /** Time spent in the stage so far, summed over threads. */
    double seconds() {
        return nanos.sum() / 1e9;
    }

    void reset() {
        nanos.reset();
    }
}
