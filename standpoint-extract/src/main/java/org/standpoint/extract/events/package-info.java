/**
 * Events: who did what to whom, coded in CAMEO 2.0 from verb and noun patterns over the dependency graph — the
 * hand-written {@code verbs.tsv} and the PETRARCH verb dictionary ({@link org.standpoint.extract.events.VerbPatterns},
 * imported by {@link org.standpoint.extract.events.PetrarchVerbImporter}) — with modality, dates resolved against
 * the publication date, Phoenix's discard list, and the rule and evidence behind each event.
 */
package org.standpoint.extract.events;
