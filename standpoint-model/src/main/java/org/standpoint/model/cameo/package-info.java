/**
 * The CAMEO 2.0 event code table: every root, base and detailed code with its label, QuadClass and Goldstein
 * score, read from the bundled {@code cameo.tsv}.
 */
package org.standpoint.model.cameo;
