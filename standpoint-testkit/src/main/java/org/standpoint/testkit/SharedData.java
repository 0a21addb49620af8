package org.standpoint.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's shared folder ({@code ../shared} beside the checkout: seeds, gold answers, scorer, data). It
 * is never copied into the project; tests that need it call {@link #require()} and are skipped, with a message
 * saying why, on a machine that lacks it. {@code STANDPOINT_SHARED} overrides the location.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, if it can be found from the working directory or the environment. */
    public static Optional<Path> find() {
        String env = System.getenv("STANDPOINT_SHARED");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env).toAbsolutePath());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isRegularFile(candidate.resolve("CONTRACT.md"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The shared folder, or the calling test is skipped with a message naming what is missing. */
    public static Path require() {
        Optional<Path> shared = find();
        Assumptions.assumeTrue(shared.isPresent(),
                "skipped: ../shared (seeds, gold answers) not found beside the checkout; set STANDPOINT_SHARED");
        return shared.get();
    }

    public static Path seeds() {
        return require().resolve("seeds");
    }

    public static Path gold() {
        return require().resolve("gold");
    }

    public static Path seedsManifest() {
        return require().resolve("seeds-manifest.csv");
    }

    /** The repository root (the folder holding {@code mvnw}), for tests that read bundled examples. */
    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no mvnw found above " + Path.of("").toAbsolutePath());
    }
}
