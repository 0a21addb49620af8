package org.standpoint.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.standpoint.model.StageFailure;

/**
 * An ordered list of stages, checked when built: each stage's required layers must be added by an earlier
 * stage (or be {@link Layer#TEXT}), so a mis-assembled pipeline fails before it reads any text.
 */
public final class Pipeline {
    /**
     * The time budget of one article, in seconds, where the user gives none: about a hundred times what a long news
     * article takes, so that only pathological texts reach it (a megabyte without a full stop).
     */
    public static final int DEFAULT_ARTICLE_BUDGET_SECONDS = 120;

    private final List<Stage> stages;
    /** The most one article may take, or null for no limit. */
    private final Duration budget;

    private Pipeline(List<Stage> stages, Duration budget) {
        this.stages = List.copyOf(stages);
        this.budget = budget;
    }

    /**
     * @throws IllegalStateException naming the first stage whose requirements are not met and the missing layers
     */
    public static Pipeline of(List<? extends Stage> stages) {
        return of(stages, EnumSet.of(Layer.TEXT));
    }

    /**
     * A pipeline over documents that arrive with {@code initial} layers already present, such as stored
     * annotation that extraction reads without parsing again.
     *
     * @throws IllegalStateException naming the first stage whose requirements are not met and the missing layers
     */
    public static Pipeline of(List<? extends Stage> stages, Set<Layer> initial) {
        EnumSet<Layer> available = EnumSet.of(Layer.TEXT);
        available.addAll(initial);
        for (Stage stage : stages) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' requires " + missing
                        + " but the stages before it only add " + available);
            }
            available.addAll(stage.adds());
        }
        return new Pipeline(new ArrayList<>(stages), null);
    }

    /**
     * This pipeline with a limit on the time one article may take: when it is spent, the stage running is stopped
     * and it and every later stage are recorded as failed, so the article is stored with the stages that finished.
     */
    public Pipeline withTimeBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive, got " + budget);
        }
        return new Pipeline(stages, budget);
    }

    /**
     * Runs every stage in order, each on the document {@linkplain Document#restrictedTo restricted} to the
     * layers it declared, keeping from its output only the layers it declared it adds. A stage that fails on
     * this article, whatever it throws (a {@link StackOverflowError} or {@link OutOfMemoryError} included), is
     * recorded on the document, and so is each later stage that reads a layer the failure left out; the others
     * still run, so the article keeps every layer that succeeded. Only a broken virtual machine stops the run.
     * With a {@linkplain #withTimeBudget time budget}, the stage running when it is spent and every later stage are
     * recorded as failed.
     */
    public Document run(Document document) {
        if (budget == null) {
            return runStages(document, null);
        }
        try (ArticleBudget clock = ArticleBudget.start(budget)) {
            return runStages(document, clock);
        }
    }

    private Document runStages(Document document, ArticleBudget clock) {
        Document current = document;
        for (Stage stage : stages) {
            if (clock != null && clock.spent()) {
                current = current.withFailure(new StageFailure(stage.name(), StageFailure.NOT_RUN + " " + clock.describe()
                        + " was spent"));
                continue;
            }
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(current.layers());
            if (!missing.isEmpty()) {
                current = current.withFailure(new StageFailure(stage.name(), StageFailure.NOT_RUN + " it reads " + missing
                        + ", which a failed stage did not add"));
                continue;
            }
            try {
                Document out = stage.apply(current.restrictedTo(stage.requires()));
                // A stage interrupted by the budget may return what it had; an unfinished layer is not kept.
                current = clock != null && clock.spent() ? current.withFailure(stopped(stage, clock))
                        : current.with(out, stage.adds());
            } catch (Throwable t) { // one article's failure; the article and the run go on without this stage
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError)) {
                    throw (VirtualMachineError) t;
                }
                current = current.withFailure(clock != null && clock.spent() ? stopped(stage, clock)
                        : new StageFailure(stage.name(), "failed: " + describe(t)));
            }
        }
        return current;
    }

    private static StageFailure stopped(Stage stage, ArticleBudget clock) {
        return new StageFailure(stage.name(), "stopped: " + clock.describe() + " was spent");
    }

    /** A failure in one line: its kind and message, and for a stage's own exception what caused it. */
    static String describe(Throwable t) {
        Throwable root = t instanceof StageException && t.getCause() != null ? t.getCause() : t;
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Every layer the pipeline produces. */
    public Set<Layer> produces() {
        EnumSet<Layer> all = EnumSet.of(Layer.TEXT);
        stages.forEach(s -> all.addAll(s.adds()));
        return all;
    }
}
