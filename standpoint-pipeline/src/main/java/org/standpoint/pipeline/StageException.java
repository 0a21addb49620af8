package org.standpoint.pipeline;

/** A document failed in one stage; carries the stage and the article so the run can report and go on. */
public final class StageException extends RuntimeException {
    private final String stage;
    private final String articleOrigin;

    public StageException(String stage, String articleOrigin, Throwable cause) {
        super(stage + " failed on " + articleOrigin + ": " + describe(cause), cause);
        this.stage = stage;
        this.articleOrigin = articleOrigin;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    public String stage() {
        return stage;
    }

    public String articleOrigin() {
        return articleOrigin;
    }
}
