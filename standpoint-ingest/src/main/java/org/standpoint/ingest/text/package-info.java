/** Plain-text articles: one file per article, paragraphs separated by blank lines or one per line. */
package org.standpoint.ingest.text;
