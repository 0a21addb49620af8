package org.standpoint.cli.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: the text goes to a temporary file beside it, which replaces the file only
 * when everything was written. An export that fails half-way (a damaged database, a full disk) leaves the earlier
 * file as it was and no partial file behind.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes what {@code content} writes into {@code target}, replacing it only on success. */
    static <T> T write(Path target, Content<T> content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "no such folder to write " + target.getFileName()
                    + " into");
        }
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            T result;
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                result = content.writeTo(w);
            }
            move(temporary, target);
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What writes the file's text. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer w) throws IOException;
    }
}
