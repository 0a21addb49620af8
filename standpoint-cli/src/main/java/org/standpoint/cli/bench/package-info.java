/** {@code standpoint bench}: the full pipeline's throughput per stage beside CoreNLP's default English pipeline. */
package org.standpoint.cli.bench;
