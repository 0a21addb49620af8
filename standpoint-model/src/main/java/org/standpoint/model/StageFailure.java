package org.standpoint.model;

import java.io.Serializable;

/**
 * A pipeline stage that did not complete on one article: it failed, or it could not run because a stage before
 * it failed to add what it reads. The article is still stored with every layer that succeeded.
 *
 * @param stage the stage's name, e.g. {@code annotate} or {@code events}
 * @param reason what went wrong, in one line
 */
public record StageFailure(String stage, String reason) implements Serializable {
    public StageFailure {
        if (stage == null || stage.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a stage failure names the stage and the reason, got " + stage + ": " + reason);
        }
    }

    /** One line for the user: {@code events failed: StackOverflowError}. */
    public String describe() {
        return ControlCharacters.escaped(stage + " " + reason);
    }
}
