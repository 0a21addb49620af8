/** {@code standpoint export}: the stored records as JSON Lines (the export contract) or CSV. */
package org.standpoint.cli.export;
