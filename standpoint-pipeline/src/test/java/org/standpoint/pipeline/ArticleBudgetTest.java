package org.standpoint.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.StageFailure;

class ArticleBudgetTest {
    /** A stage that works until it is interrupted, as CoreNLP's annotators do on a pathological text. */
    record EndlessStage(String name, Set<Layer> requires, Set<Layer> adds) implements Stage {
        @Override
        public Document apply(Document d) {
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
            return d.withAnnotation(d.annotation(), adds);
        }
    }

    /** A stage that ignores interrupts and returns what it has after a while. */
    record DeafStage(String name, Set<Layer> requires, Set<Layer> adds, long millis) implements Stage {
        @Override
        public Document apply(Document d) {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return d.withAnnotation(d.annotation(), adds);
        }
    }

    record QuickStage(String name, Set<Layer> requires, Set<Layer> adds) implements Stage {
        @Override
        public Document apply(Document d) {
            return d.withAnnotation(d.annotation(), adds);
        }
    }

    private static Document doc() {
        return Document.of(new Article("a1", new ArticleMetadata("f.txt", null, null, null, null, null),
                "Text.", List.of(), "0".repeat(64), null));
    }

    @Test
    void a_stage_that_runs_past_the_budget_is_stopped_and_every_later_stage_is_recorded_as_not_run() {
        Stage quick = new QuickStage("times", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.TIMES));
        Stage endless = new EndlessStage("annotate", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.DEPENDENCIES));
        Stage events = new QuickStage("events", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.EVENTS));
        Pipeline pipeline = Pipeline.of(List.of(quick, endless, events)).withTimeBudget(Duration.ofMillis(300));
        Document out = pipeline.run(doc());
        assertThat(out.layers()).contains(Layer.TIMES).doesNotContain(Layer.DEPENDENCIES, Layer.EVENTS);
        assertThat(out.failures()).extracting(StageFailure::stage).containsExactly("annotate", "events");
        assertThat(out.failures().get(0).reason()).isEqualTo("stopped: the article's time budget of 0.3 s was spent");
        assertThat(out.failures().get(1).reason()).startsWith("not run: the article's time budget");
        assertThat(Thread.currentThread().isInterrupted()).as("the thread goes on to its next article clean").isFalse();
    }

    @Test
    void what_a_stage_returns_after_the_budget_ran_out_is_not_kept() {
        Stage deaf = new DeafStage("annotate", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.DEPENDENCIES), 400);
        Document out = Pipeline.of(List.of(deaf)).withTimeBudget(Duration.ofMillis(100)).run(doc());
        assertThat(out.layers()).doesNotContain(Layer.DEPENDENCIES);
        assertThat(out.failures()).extracting(StageFailure::reason).singleElement().asString().startsWith("stopped:");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void an_article_within_its_budget_is_untouched_and_no_interrupt_follows_it() throws InterruptedException {
        Stage quick = new QuickStage("annotate", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.DEPENDENCIES));
        Document out = Pipeline.of(List.of(quick)).withTimeBudget(Duration.ofMillis(200)).run(doc());
        assertThat(out.failures()).isEmpty();
        assertThat(out.layers()).contains(Layer.DEPENDENCIES);
        Thread.sleep(400); // past the budget: its alarm was cancelled and must not interrupt this thread now
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_budget_must_be_positive() {
        Pipeline pipeline = Pipeline.of(List.of());
        assertThatThrownBy(() -> pipeline.withTimeBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
