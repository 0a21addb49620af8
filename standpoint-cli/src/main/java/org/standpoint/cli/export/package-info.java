/**
 * {@code standpoint export}: the stored records as JSON Lines (the export contract), flat CSV or Parquet tables
 * of every record type, GDELT 2.0 event and Mentions tables, or a network (events, stances, agreement) as
 * GraphML or GEXF.
 */
package org.standpoint.cli.export;
