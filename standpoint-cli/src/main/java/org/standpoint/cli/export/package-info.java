/**
 * {@code standpoint export}: the stored records as JSON Lines (the export contract: articles, actors, events),
 * a CSV table of articles, or a GDELT 2.0 event table.
 */
package org.standpoint.cli.export;
