/**
 * {@code standpoint export}: the stored records as JSON Lines (the export contract), flat CSV or Parquet tables
 * of every record type, or a GDELT 2.0 event table.
 */
package org.standpoint.cli.export;
