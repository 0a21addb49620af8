/**
 * Networks of stored records as graphs that network tools open directly: who acts on whom (events), who holds
 * which position (actors and policies, two-mode) and who agrees or disagrees with whom (one-mode, as the
 * Discourse Network Analyzer defines it), written as GraphML or GEXF.
 */
package org.standpoint.analysis.network;
