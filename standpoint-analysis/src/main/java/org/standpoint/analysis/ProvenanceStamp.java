package org.standpoint.analysis;

import java.util.Set;
import org.standpoint.pipeline.AroundStage;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Stage;

/**
 * An extraction stage whose records leave it stamped with what the pipeline knows and the extractor does not:
 * the stage's name, the digest of the lexicons, dictionaries and user files in force, and the version.
 */
final class ProvenanceStamp extends AroundStage {
    private final String lexicons;

    ProvenanceStamp(Stage stage, String lexicons) {
        super(stage);
        this.lexicons = lexicons;
    }

    @Override
    public Document apply(Document document) {
        Document out = inner().apply(document);
        return out.withExtraction(out.extraction().stamped(name(), lexicons, Version.TEXT), Set.of());
    }
}
