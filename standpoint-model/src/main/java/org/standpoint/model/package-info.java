/**
 * Immutable domain values shared by every stage of Standpoint: articles, spans, sentences, tokens and the
 * annotation layers built over them. Records validate themselves; nothing here depends on a library.
 */
package org.standpoint.model;
