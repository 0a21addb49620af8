/**
 * Events: who did what to whom, coded in CAMEO 2.0 from verb and noun patterns over the dependency graph,
 * with modality, dates resolved against the publication date, and the rule and evidence behind each event.
 */
package org.standpoint.extract.events;
