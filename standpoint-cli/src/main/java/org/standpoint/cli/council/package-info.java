/** {@code standpoint council}: the Security Council's members by year and its record of failed drafts. */
package org.standpoint.cli.council;
