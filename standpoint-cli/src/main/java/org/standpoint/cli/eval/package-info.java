/**
 * {@code standpoint eval}: scores the export records against the shared gold answers with the same figures as
 * the shared scorer ({@code eval/score.py}), whose logic, Python's string and value semantics included, is
 * ported here line for line so that both print the same numbers.
 */
package org.standpoint.cli.eval;
