/**
 * Near-duplicate detection for syndicated copies: MinHash signatures over word shingles, indexed by
 * locality-sensitive hashing so each new article is compared only with likely matches.
 */
package org.standpoint.ingest.dedup;
