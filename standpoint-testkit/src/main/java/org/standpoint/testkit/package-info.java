/**
 * Fixtures shared by the tests of every module: the location of the shared seeds and gold answers, and a new
 * database of each kind the project stores in (SQLite, PostgreSQL) for each test.
 */
package org.standpoint.testkit;
