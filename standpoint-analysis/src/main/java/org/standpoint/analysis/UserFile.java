package org.standpoint.analysis;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user's own resource file (actors, policies), read once where the run starts, so that the same content
 * reaches every thread and every machine of a distributed run, and names itself in errors and provenance.
 *
 * @param name the path as the user gave it
 */
public record UserFile(String name, String content) implements Serializable {
    public UserFile {
        if (name == null || name.isBlank() || content == null) {
            throw new IllegalArgumentException("a user file needs a name and its content, got " + name);
        }
    }

    /**
     * Reads a file, or returns null for a null path (the option was not given).
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static UserFile read(Path path) {
        if (path == null) {
            return null;
        }
        try {
            return new UserFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
