package org.standpoint.pipeline;

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
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
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
        return new Pipeline(new ArrayList<>(stages));
    }

    /**
     * Runs every stage in order, each on the document {@linkplain Document#restrictedTo restricted} to the
     * layers it declared, keeping from its output only the layers it declared it adds. A stage that fails on
     * this article, whatever it throws (a {@link StackOverflowError} or {@link OutOfMemoryError} included), is
     * recorded on the document, and so is each later stage that reads a layer the failure left out; the others
     * still run, so the article keeps every layer that succeeded. Only a broken virtual machine stops the run.
     */
    public Document run(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(current.layers());
            if (!missing.isEmpty()) {
                current = current.withFailure(new StageFailure(stage.name(), "not run: it reads " + missing
                        + ", which a failed stage did not add"));
                continue;
            }
            try {
                current = current.with(stage.apply(current.restrictedTo(stage.requires())), stage.adds());
            } catch (Throwable t) { // one article's failure; the article and the run go on without this stage
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError)) {
                    throw (VirtualMachineError) t;
                }
                current = current.withFailure(new StageFailure(stage.name(), "failed: " + describe(t)));
            }
        }
        return current;
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
