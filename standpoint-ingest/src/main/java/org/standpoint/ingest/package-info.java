/**
 * Reading articles from files: the {@link org.standpoint.ingest.ArticleSource} contract, the records a source
 * yields (a {@link org.standpoint.ingest.RawDocument} or a {@link org.standpoint.ingest.SourceFailure}), and the
 * dispatch of files and folders to the source for their format.
 */
package org.standpoint.ingest;
