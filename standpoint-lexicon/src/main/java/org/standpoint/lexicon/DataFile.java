package org.standpoint.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of linguistic knowledge (a lexicon, a dictionary, a user's own file) read whole, so that it is parsed
 * and added to a {@link ContentDigest} from the same bytes, and so that a distributed run reads a user's file once
 * and ships the same content to every machine.
 *
 * @param name how errors name it: the resource's or the path as the user gave it
 */
public record DataFile(String name, String content) implements Serializable {
    public DataFile {
        if (name == null || content == null) {
            throw new IllegalArgumentException("a data file needs a name and its content, got " + name);
        }
    }

    /** A file shipped on the class path beside {@code owner}. */
    public static DataFile bundled(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled file " + name + " is missing from the classpath beside "
                        + owner.getName());
            }
            return new DataFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name, e);
        }
    }

    /** A user's file; the error names it when it cannot be read. */
    public static DataFile read(Path file) {
        try {
            return new DataFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public BufferedReader reader() {
        return new BufferedReader(new StringReader(content));
    }
}
