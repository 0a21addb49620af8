package org.standpoint.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The documents of one CoNLL-U file, looked up by their {@code # newdoc id}. */
public record ConlluCorpus(String source, List<AnnotatedDocument> documents) {
    public ConlluCorpus {
        documents = List.copyOf(documents);
        Set<String> ids = new HashSet<>();
        for (AnnotatedDocument d : documents) {
            if (d.id() != null && !ids.add(d.id())) {
                throw new IllegalArgumentException(source + " has two documents named '" + d.id() + "'");
            }
        }
    }

    /** The document named {@code id}; throws naming the file and the names it has. */
    public AnnotatedDocument get(String id) {
        return documents.stream().filter(d -> Objects.equals(d.id(), id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document '" + id + "' in " + source + "; it has "
                        + documents.stream().map(AnnotatedDocument::id).toList()));
    }
}
