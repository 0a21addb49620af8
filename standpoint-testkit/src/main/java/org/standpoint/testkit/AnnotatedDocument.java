package org.standpoint.testkit;

import org.standpoint.model.Annotation;
import org.standpoint.model.PartialDate;

/**
 * One article as the extractors receive it: its cleaned body, the annotation whose spans index that body, and
 * its publication date. What {@link ConlluReader} reads from one {@code # newdoc} of a CoNLL-U file and
 * {@link ConlluWriter} writes back.
 *
 * @param id the document's name ({@code # newdoc id = ...}), or null
 * @param published the publication date ({@code # published = ...}), or null when unknown
 */
public record AnnotatedDocument(String id, String body, Annotation annotation, PartialDate published) {
    public AnnotatedDocument {
        if (body == null || annotation == null) {
            throw new IllegalArgumentException("document " + id + " needs a body and an annotation");
        }
    }
}
