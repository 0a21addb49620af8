/**
 * Storage of articles and annotation through JDBC. The schema is versioned by Flyway migrations; every write
 * of one article is one transaction and ignores what is already stored, so re-runs add nothing and lose
 * nothing.
 */
package org.standpoint.store;
