/**
 * The Security Council's record as facts shipped with Standpoint: members by year with their seats, every failed
 * draft with its tally and vetoes, and member-level votes on selected drafts. The bundled files are tab-separated
 * text built from {@code ../shared/data/unsc} by {@link org.standpoint.council.facts.UnscImporter} (source: UN Dag
 * Hammarskjöld Library and UN DPPA); {@link org.standpoint.council.facts.UndlVotingCsv} reads the UN Digital
 * Library's voting CSV so users can refresh the record.
 */
package org.standpoint.council.facts;
