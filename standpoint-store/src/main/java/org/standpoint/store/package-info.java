/**
 * Storage of articles, their annotation and what extraction found in them, through JDBC. The schema is
 * versioned by Flyway migrations; every write of one article is one transaction and ignores what is already
 * stored, so re-runs add nothing and lose nothing; re-extraction replaces an article's mentions and events.
 */
package org.standpoint.store;
