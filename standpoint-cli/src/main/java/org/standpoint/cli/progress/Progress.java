package org.standpoint.cli.progress;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command and the messages it prints meanwhile, on one error stream, so that each message
 * is a line of its own starting with {@code standpoint:} (what {@code grep ^standpoint:} finds). On a terminal the
 * bar is redrawn in place and cleared before a message; when the stream is a file or a pipe, progress is a plain
 * line now and then instead of a bar drawn with carriage returns.
 */
public final class Progress implements AutoCloseable {
    /** How often progress is written as a line of its own when the stream is not a terminal. */
    private static final long LINE_INTERVAL_NANOS = 30_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final ProgressBar bar;
    private int drawnLength;
    private long lastLine = System.nanoTime();

    private Progress(String task, long max, boolean speed, PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setConsumer(new Drawing())
                .continuousUpdate();
        if (speed) {
            b.showSpeed(rate()).setUnit(" articles", 1);
        }
        this.bar = b.build();
    }

    /** The library's own rate pattern drops the leading zero (".2 articles/s"). */
    public static DecimalFormat rate() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Progress over {@code max} articles on {@code err}, drawn as a bar when standard error is a terminal. */
    public static Progress of(String task, long max, PrintWriter err) {
        return new Progress(task, max, true, err, Terminal.onStandardError());
    }

    /** As {@link #of}, choosing whether the stream is treated as a terminal. */
    static Progress of(String task, long max, PrintWriter err, boolean terminal) {
        return new Progress(task, max, true, err, terminal);
    }

    public void step() {
        bar.step();
    }

    /** Prints {@code standpoint: text} as a line of its own, clearing the bar first on a terminal. */
    public synchronized void message(String text) {
        clearBar();
        err.println("standpoint: " + text);
        err.flush();
    }

    @Override
    public void close() {
        bar.close();
    }

    private synchronized void draw(String rendered) {
        if (terminal) {
            clearBar();
            err.print(rendered);
            drawnLength = rendered.length();
        } else {
            long now = System.nanoTime();
            if (now - lastLine < LINE_INTERVAL_NANOS) {
                return;
            }
            lastLine = now;
            err.println(rendered.strip());
        }
        err.flush();
    }

    private synchronized void finish(String rendered) {
        if (terminal) {
            clearBar();
        }
        err.println(rendered.strip());
        err.flush();
        drawnLength = 0;
    }

    private void clearBar() {
        if (terminal && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        }
    }

    /** Receives the bar as rendered by the library; the last rendering before close is the final state. */
    private final class Drawing implements ProgressBarConsumer {
        private String last = "";

        @Override
        public int getMaxRenderedLength() {
            return terminal ? Terminal.width() - 1 : 100;
        }

        @Override
        public void accept(String rendered) {
            last = rendered;
            draw(rendered);
        }

        @Override
        public void close() {
            finish(last);
        }
    }
}
