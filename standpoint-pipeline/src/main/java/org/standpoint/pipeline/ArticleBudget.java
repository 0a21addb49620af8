package org.standpoint.pipeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time one article may take in a pipeline, running on the thread that analyses it. When it is spent the thread
 * is interrupted: CoreNLP's annotators and parsers check for that between sentences and inside their search loops,
 * so a stage stuck on a pathological text stops within moments instead of holding a thread for hours. The
 * interrupt never outlives the article: {@link #close} clears it before the thread takes its next piece of work.
 */
final class ArticleBudget implements AutoCloseable {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "standpoint-article-budget");
        t.setDaemon(true);
        return t;
    });

    private final Duration budget;
    private final Thread worker;
    private final ScheduledFuture<?> alarm;
    private boolean spent;
    private boolean closed;

    private ArticleBudget(Duration budget) {
        this.budget = budget;
        this.worker = Thread.currentThread();
        this.alarm = ALARMS.schedule(this::ring, budget.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the clock for the article the current thread is about to analyse. */
    static ArticleBudget start(Duration budget) {
        return new ArticleBudget(budget);
    }

    private synchronized void ring() {
        if (!closed) {
            spent = true;
            worker.interrupt();
        }
    }

    /** Whether the budget ran out (the alarm rang while the article was being analysed). */
    synchronized boolean spent() {
        return spent;
    }

    /** How the budget is named in a stage failure: {@code the article's time budget of 120 s}. */
    String describe() {
        return "the article's time budget of "
                + BigDecimal.valueOf(budget.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    @Override
    public synchronized void close() {
        closed = true;
        alarm.cancel(false);
        Thread.interrupted(); // the alarm may have rung after the last stage; the thread's next article starts clean
    }
}
