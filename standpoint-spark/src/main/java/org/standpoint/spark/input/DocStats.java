package org.standpoint.spark.input;

import java.io.Serializable;
import java.util.List;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.ingest.clean.BoilerplateCleaner;
import org.standpoint.ingest.clean.RepeatedBlocks;

/**
 * What the whole batch must know of one document before any document is cleaned: its content hash (to drop
 * exact copies) and its publisher's block hashes (to learn recurring furniture). Small, so it is collected on
 * the driver while the documents stay where they were read.
 */
public record DocStats(DocKey key, String contentHash, String publisherKey, List<String> blockHashes)
        implements Serializable {
    public static DocStats of(DocKey key, RawDocument doc) {
        return new DocStats(key, Blocks.sha256(doc.identityText()), BoilerplateCleaner.publisherKey(doc.metadata()),
                RepeatedBlocks.blockHashes(doc));
    }
}
