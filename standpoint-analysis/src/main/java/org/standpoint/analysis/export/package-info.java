/**
 * The export contract's records built from an article and its extraction, without a database: JSON Lines
 * records ({@link org.standpoint.analysis.export.ExportRecords}), GDELT 2.0 event rows
 * ({@link org.standpoint.analysis.export.GdeltRow}, {@link org.standpoint.analysis.export.GdeltActor}). The
 * command line writes them from a store, the Spark job from its executors.
 */
package org.standpoint.analysis.export;
