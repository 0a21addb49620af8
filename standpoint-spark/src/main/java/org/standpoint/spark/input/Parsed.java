package org.standpoint.spark.input;

import java.io.Serializable;
import java.util.Optional;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;

/** One record an input file yielded, a document or a failure, with where it was read. */
public record Parsed(DocKey key, SourceRecord record) implements Serializable {
    public Optional<RawDocument> document() {
        return record instanceof RawDocument d ? Optional.of(d) : Optional.empty();
    }

    public Optional<SourceFailure> failure() {
        return record instanceof SourceFailure f ? Optional.of(f) : Optional.empty();
    }
}
