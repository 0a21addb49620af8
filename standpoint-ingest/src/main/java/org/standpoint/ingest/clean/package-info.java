/**
 * Finding the article among site clutter. Decisions rest on general signals only: the shape of each block
 * (length, punctuation, capitalisation, labels, credits), the way pages address their readers (appeals), and
 * repetition across the corpus (a block that recurs in several articles of one publisher is clutter).
 */
package org.standpoint.ingest.clean;
