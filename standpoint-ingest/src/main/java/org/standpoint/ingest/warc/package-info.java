/**
 * Reading news articles from web archives (WARC, plain or gzipped): the HTML pages a crawler fetched
 * successfully, each passed to the HTML extractor with the address it was fetched from.
 */
package org.standpoint.ingest.warc;
