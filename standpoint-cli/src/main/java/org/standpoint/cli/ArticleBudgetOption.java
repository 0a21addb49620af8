package org.standpoint.cli;

import java.time.Duration;
import org.standpoint.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --article-budget SECONDS}: the most one article may take to analyse. A text no reader would call an article
 * (a megabyte without a full stop) can hold a thread for many minutes; past the budget the article is stored with
 * the stages that finished and the rest recorded as failed, which {@code extract} may run again.
 */
public final class ArticleBudgetOption {
    static final int DEFAULT_SECONDS = Pipeline.DEFAULT_ARTICLE_BUDGET_SECONDS;

    @Option(names = "--article-budget", paramLabel = "SECONDS",
            description = "the most one article may take; past it the article is stored with the stages that finished (default: "
                    + DEFAULT_SECONDS + ")")
    int seconds = DEFAULT_SECONDS;

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** {@code pipeline} limited to the budget given. */
    public Pipeline applied(Pipeline pipeline) {
        if (seconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--article-budget must be at least 1 second, got " + seconds);
        }
        return pipeline.withTimeBudget(Duration.ofSeconds(seconds));
    }
}
