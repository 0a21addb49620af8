package org.standpoint.ingest.prepare;

import java.io.Serializable;
import java.util.List;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.RepeatedBlocks;

/**
 * What the whole batch must know of one document before any document is cleaned: its content hash (to drop
 * exact copies) and its publisher's block hashes (to learn recurring furniture). Small, so that a distributed
 * run can gather it in one place while the documents stay where they were read.
 */
public record DocStats(String contentHash, String publisherKey, List<String> blockHashes) implements Serializable {
    public DocStats {
        blockHashes = List.copyOf(blockHashes);
    }

    public static DocStats of(RawDocument doc) {
        return new DocStats(Blocks.sha256(doc.identityText()), BoilerplateCleaner.publisherKey(doc.metadata()),
                RepeatedBlocks.blockHashes(doc));
    }
}
