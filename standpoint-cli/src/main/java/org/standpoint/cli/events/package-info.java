/** {@code standpoint events}: the stored events, filtered by actor, CAMEO code, date and article, as a table. */
package org.standpoint.cli.events;
