/** {@code standpoint quotes} and {@code standpoint figures}: who said what, and who claims which number. */
package org.standpoint.cli.statements;
