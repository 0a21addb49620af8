package org.standpoint.cli.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file written whole or not at all (see {@link StagedFiles}): the text goes to a temporary file beside
 * it, which replaces the file only when everything was written.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes what {@code content} writes into {@code target}, replacing it only on success. */
    static <T> T write(Path target, Content<T> content) throws IOException {
        try (StagedFiles files = new StagedFiles()) {
            Path temporary = files.stage(target);
            T result;
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                result = content.writeTo(w);
            }
            files.commit();
            return result;
        }
    }

    /** What writes the file's text. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer w) throws IOException;
    }
}
