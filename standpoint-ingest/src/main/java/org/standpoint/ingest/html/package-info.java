/**
 * Reading news articles from HTML pages: finding the article's text among the site's navigation, share bars,
 * related links and advertising (text blocks scored as Readability does, conditional cleaning, trafilatura's
 * fallbacks; the class and id names it reads are in {@code markup-hints.tsv}), its captions, and the title, date,
 * publisher and address the page declares.
 * {@link org.standpoint.ingest.html.HtmlContentExtractor} works on page text and is shared by the JSON Lines and
 * WARC sources; {@link org.standpoint.ingest.html.HtmlArticleSource} reads {@code .html} files.
 */
package org.standpoint.ingest.html;
