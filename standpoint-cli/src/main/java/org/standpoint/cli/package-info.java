/** The {@code standpoint} command line: one picocli subcommand per task, exit codes 0 ok, 1 failed, 2 bad usage. */
package org.standpoint.cli;
