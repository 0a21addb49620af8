package org.standpoint.cli.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which decides whether a progress bar may be redrawn in place. */
final class Terminal {
    private static final int DEFAULT_WIDTH = 80;

    private Terminal() {
    }

    /**
     * True only when the JVM has a console and, where Linux tells (/proc), standard error itself is a terminal
     * device: {@code 2> log} with the console on standard output must get plain lines. {@code TERM=dumb} is not a
     * terminal that can redraw a line.
     */
    static boolean onStandardError() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The terminal's width from {@code COLUMNS} when the shell exports it, else 80. */
    static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns >= 20 ? columns : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
