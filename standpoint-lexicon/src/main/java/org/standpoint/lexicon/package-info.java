/**
 * The closed-class English words Standpoint's stages read — speech verbs, negators, modals, pronouns, titles,
 * name particles, count words — as one {@link org.standpoint.lexicon.Lexicon} loaded from TSV files, each word
 * list defined once, and extended or overridden by a user's file of the same format. Depends on nothing but the
 * JDK.
 */
package org.standpoint.lexicon;
