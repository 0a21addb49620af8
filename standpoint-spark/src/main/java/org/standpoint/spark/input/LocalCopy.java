package org.standpoint.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A file from Hadoop's file system (HDFS, S3, local) copied to a private temporary folder under its own name,
 * because the project's sources read a {@link Path} and take the article's {@code source_file} from its name.
 * The copy is deleted as soon as it has been read.
 */
final class LocalCopy {
    private LocalCopy() {
    }

    static <T> T read(String name, InputStream content, Function<Path, T> reader) throws IOException {
        Path dir = Files.createTempDirectory("standpoint-spark");
        try {
            Path file = dir.resolve(name);
            Files.copy(content, file);
            return reader.apply(file);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
