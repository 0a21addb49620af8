/**
 * {@code standpoint analyze}: reads inputs, finds each article's text, drops exact and near duplicates,
 * annotates the rest in parallel and stores everything, reporting each failed input and going on.
 */
package org.standpoint.cli.analyze;
