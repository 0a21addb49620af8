package org.standpoint.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One run of text as a reader sees it: a paragraph, heading, list item or quotation, or the loose text a
 * container holds between its block children (pages that break lines with {@code <br>} instead of paragraphs).
 *
 * @param text the text with whitespace collapsed, never blank
 * @param linkedChars how many of its characters are link text
 * @param element the paragraph-like element, or for a loose run the container holding it
 * @param loose true when the text is a loose run rather than a whole paragraph-like element
 */
record TextBlock(String text, int linkedChars, Element element, boolean loose) {
    TextBlock {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a text block needs text, got " + text);
        }
    }

    /** Share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return Math.min(1.0, (double) linkedChars / text.length());
    }

    boolean heading() {
        return !loose && element.normalName().matches("h[1-6]");
    }
}
