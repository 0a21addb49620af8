package org.standpoint.ingest;

/** What a source yields for each article it finds: the document, or why it could not be read. */
public sealed interface SourceRecord permits RawDocument, SourceFailure {
}
