package org.standpoint.cli.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files written beside their targets and put in place only by {@link #commit()}, once every one of them is
 * written: an export that fails half-way (a damaged database, a full disk) leaves the earlier files as they
 * were and no partial file behind. Closing removes whatever was not committed.
 */
final class StagedFiles implements AutoCloseable {
    private final Map<Path, Path> temporaryByTarget = new LinkedHashMap<>();

    /** A new empty temporary file in {@code target}'s folder, to be moved onto {@code target} on commit. */
    Path stage(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "no such folder to write " + target.getFileName()
                    + " into");
        }
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        temporaryByTarget.put(target, temporary);
        return temporary;
    }

    /** Moves every staged file onto its target, replacing what was there. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : temporaryByTarget.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        temporaryByTarget.clear();
    }

    @Override
    public void close() throws IOException {
        for (Path temporary : temporaryByTarget.values()) {
            Files.deleteIfExists(temporary);
        }
        temporaryByTarget.clear();
    }
}
