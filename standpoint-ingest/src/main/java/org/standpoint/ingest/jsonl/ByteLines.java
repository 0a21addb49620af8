package org.standpoint.ingest.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so each line can be decoded (and fail) on its own. A line
 * longer than the limit is counted but not kept, so one runaway line cannot exhaust memory. Not thread-safe.
 */
final class ByteLines {
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private long consumed;
    private int number;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * One line of the input.
     *
     * @param number 1-based line number
     * @param offset byte offset of the line's start in the input
     * @param bytes the line without its terminator, or null when it was longer than the limit
     * @param length the line's length in bytes
     */
    record Line(int number, long offset, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        long offset = consumed;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        boolean terminated = false;
        while (!terminated && (pos < end || fill())) {
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            if (kept != null && length + (stop - pos) <= maxLineBytes + 1) { // + 1 leaves room for a '\r'
                kept.write(buffer, pos, stop - pos);
            } else {
                kept = null;
            }
            length += stop - pos;
            terminated = newline >= 0;
            consumed += (terminated ? stop + 1 : stop) - pos;
            pos = terminated ? stop + 1 : stop;
        }
        if (!terminated && length == 0 && consumed == offset) {
            return null;
        }
        number++;
        return finish(offset, kept, length);
    }

    private Line finish(long offset, ByteArrayOutputStream kept, long length) {
        byte[] bytes = kept == null ? null : kept.toByteArray();
        if (bytes != null && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        if (bytes != null && bytes.length > maxLineBytes) {
            bytes = null;
        }
        return new Line(number, offset, bytes, length);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
