package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageFailureTest {
    @Test
    void the_failures_of_one_article_are_one_line_naming_the_stages_that_only_did_not_run() {
        List<StageFailure> failures = List.of(
                new StageFailure("annotate", "stopped: the article's time budget of 120 s was spent"),
                new StageFailure("actors", "not run: the article's time budget of 120 s was spent"),
                new StageFailure("events", "not run: it reads [ACTORS], which a failed stage did not add"));
        assertThat(StageFailure.summary(failures))
                .isEqualTo("annotate stopped: the article's time budget of 120 s was spent; not run: actors, events");
    }

    @Test
    void several_failed_stages_are_each_named_with_their_reason() {
        assertThat(StageFailure.summary(List.of(new StageFailure("events", "failed: StackOverflowError"),
                new StageFailure("stances", "failed: IllegalStateException: x"))))
                .isEqualTo("events failed: StackOverflowError; stances failed: IllegalStateException: x");
    }
}
