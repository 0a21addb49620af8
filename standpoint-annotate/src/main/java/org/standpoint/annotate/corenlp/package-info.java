/**
 * The Stanford CoreNLP adapter, the only package of Standpoint that imports {@code edu.stanford.nlp}: it loads
 * the models once and turns CoreNLP's annotations into Standpoint's own records.
 */
package org.standpoint.annotate.corenlp;
