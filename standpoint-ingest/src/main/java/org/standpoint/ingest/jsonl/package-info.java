/**
 * Reading articles from JSON Lines files, one article object per line, streamed so that a file of many
 * thousands of articles never sits in memory at once.
 */
package org.standpoint.ingest.jsonl;
