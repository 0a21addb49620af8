/**
 * Fixtures shared by the tests of every module: the location of the shared seeds and gold answers, a new
 * database of each kind the project stores in (SQLite, PostgreSQL) for each test, and annotated documents read
 * from CoNLL-U text ({@link org.standpoint.testkit.ConlluReader}) so that rules run on stored parses without
 * CoreNLP.
 */
package org.standpoint.testkit;
