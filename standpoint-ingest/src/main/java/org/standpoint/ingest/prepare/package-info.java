/**
 * Turning a batch of raw documents into articles: exact copies dropped, the corpus's recurring blocks learned
 * from the whole batch before any document is cleaned, each document cleaned, and near-identical copies linked
 * to the first article of their story. The rules are pure functions over the batch and what earlier runs stored
 * ({@link org.standpoint.ingest.prepare.PriorRuns}), so that one machine runs them in one pass and a
 * distributed run splits them into per-document work and small decisions taken in reading order.
 */
package org.standpoint.ingest.prepare;
