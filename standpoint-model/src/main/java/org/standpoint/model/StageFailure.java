package org.standpoint.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pipeline stage that did not complete on one article: it failed, or it could not run because a stage before
 * it failed to add what it reads. The article is still stored with every layer that succeeded.
 *
 * @param stage the stage's name, e.g. {@code annotate} or {@code events}
 * @param reason what went wrong, in one line
 */
public record StageFailure(String stage, String reason) implements Serializable {
    /** How the reason of a stage that was skipped, not tried, begins. */
    public static final String NOT_RUN = "not run:";

    public StageFailure {
        if (stage == null || stage.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a stage failure names the stage and the reason, got " + stage + ": " + reason);
        }
    }

    /**
     * The stage failures of one article in one line: each stage that failed with its reason, then the stages that
     * only did not run because of them, by name ({@code annotate stopped: ...; not run: actors, events}).
     */
    public static String summary(List<StageFailure> failures) {
        List<String> failed = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        for (StageFailure f : failures) {
            if (f.reason().startsWith(NOT_RUN)) {
                notRun.add(f.stage());
            } else {
                failed.add(f.describe());
            }
        }
        if (failed.isEmpty()) {
            return failures.stream().map(StageFailure::describe).collect(Collectors.joining("; "));
        }
        return String.join("; ", failed) + (notRun.isEmpty() ? "" : "; " + NOT_RUN + " " + String.join(", ", notRun));
    }

    /** One line for the user: {@code events failed: StackOverflowError}. */
    public String describe() {
        return ControlCharacters.escaped(stage + " " + reason);
    }
}
