/** {@code standpoint stances}: each actor's position on each policy over time, with the changes flagged. */
package org.standpoint.cli.stances;
