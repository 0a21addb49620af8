package org.standpoint.ingest;

import java.io.Serializable;

/**
 * What a source yields for each article it finds: the document, or why it could not be read. Serializable so
 * that a distributed run can read files on one machine and clean them on another.
 */
public sealed interface SourceRecord extends Serializable permits RawDocument, SourceFailure {
}
