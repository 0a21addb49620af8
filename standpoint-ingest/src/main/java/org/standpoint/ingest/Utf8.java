package org.standpoint.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where the first invalid byte is, instead of silently replacing it. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * @throws InvalidUtf8Exception naming the 1-based line and byte offset of the first invalid sequence
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidUtf8Exception(lineOf(bytes, offset), offset);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Thrown for bytes that are not UTF-8; carries the position for the user's error line. */
    public static final class InvalidUtf8Exception extends RuntimeException {
        private final int line;
        private final int byteOffset;

        InvalidUtf8Exception(int line, int byteOffset) {
            super("invalid UTF-8 at line " + line + " (byte " + byteOffset + ")");
            this.line = line;
            this.byteOffset = byteOffset;
        }

        public int line() {
            return line;
        }

        /** 0-based offset of the first invalid byte in the decoded bytes. */
        public int byteOffset() {
            return byteOffset;
        }
    }
}
