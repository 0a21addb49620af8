/**
 * Finding the article among site clutter. Decisions rest on general signals only: the shape of each block
 * (length, punctuation, capitalisation, labels, credits, stamps), the way pages address their readers (appeals),
 * word classes from the lexicon (function words, the words a page uses of itself, dateline cues, month names),
 * position (between headline and lede, between two sentences of a block), and repetition across the corpus (a
 * block that recurs in several articles of one publisher is clutter). A text without clean prose paragraphs (one
 * sentence, one block) is kept as the blocks that read as text, and a page's own date is read from its dateline.
 */
package org.standpoint.ingest.clean;
