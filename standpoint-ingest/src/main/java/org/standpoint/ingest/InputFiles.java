package org.standpoint.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.standpoint.ingest.manifest.Manifest;

/**
 * Which inputs are files to read. Only regular files are: a device ({@code /dev/zero}), a FIFO or a socket
 * would feed the reader without end or block it, so each is refused with one line, given directly or found in a
 * folder (through a link too); a dangling link and a loop of links are reported, not passed over in silence.
 * Folders are walked in name order, following links, leaving out hidden files and folders and manifests.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Why a path given or found is not a file to read, or empty when it is one. */
    static Optional<String> refusal(Path path) {
        if (Files.isRegularFile(path)) {
            return Files.isReadable(path) ? Optional.empty() : Optional.of("cannot read: permission denied");
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return Optional.of("dangling link: its target does not exist");
        }
        if (!Files.exists(path)) {
            return Optional.of("no such file or folder");
        }
        return Optional.of(Files.isDirectory(path) ? "a folder, not a file"
                : "not a regular file (a device, FIFO or socket): not read");
    }

    /** The files below {@code folder}, in name order; every path that cannot be read is reported to {@code sink}. */
    static List<Path> walk(Path folder, Consumer<SourceRecord> sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || file.getFileName().toString().equals(Manifest.DEFAULT_NAME)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else {
                        sink.accept(new SourceFailure(folder.relativize(file).toString(), null,
                                refusal(file).orElse("not a regular file: not read")));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "a loop of links: not followed"
                            : "cannot read: " + (e.getMessage() == null ? e : e.getMessage());
                    sink.accept(new SourceFailure(folder.relativize(file).toString(), null, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceFailure(folder.toString(), null, "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
