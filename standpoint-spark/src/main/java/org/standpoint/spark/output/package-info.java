/** The export records (Parquet and JSON Lines), the report counts of events across articles, and the error output. */
package org.standpoint.spark.output;
