package org.standpoint.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element into the {@link TextBlock}s a reader sees. A paragraph-like element (paragraph, heading, list
 * item, quotation, preformatted text) is one block whatever it holds inside; any other text is cut into runs at
 * the boundaries of block-level elements and line breaks, so a page written as lines in a {@code <div>} yields its
 * lines.
 */
final class TextBlocks {
    /** Read whole as one block: a quotation of two paragraphs is one quotation. */
    static final Set<String> PARAGRAPHS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dt", "dd", "figcaption");
    /** Elements that start a new line; text on either side of them belongs to different blocks. */
    private static final Set<String> BREAKS = Set.of("address", "article", "aside", "br", "caption", "center",
            "details", "div", "dl", "fieldset", "figure", "footer", "form", "header", "hr", "main", "nav", "ol",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush(root);
        return collector.blocks;
    }

    static boolean isParagraph(Element el) {
        return PARAGRAPHS.contains(el.normalName());
    }

    private static boolean startsLine(Element el) {
        return isParagraph(el) || BREAKS.contains(el.normalName());
    }

    private static final class Collector implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linked;
        /** Inside a paragraph-like element, everything goes to its one block. */
        private Element paragraph;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linked += HtmlContentExtractor.normalizeSpace(s).length();
                }
            } else if (node instanceof Element el) {
                if (el.normalName().equals("a")) {
                    linkDepth++;
                }
                if (paragraph == null && startsLine(el)) {
                    flush(el.parent());
                    if (isParagraph(el)) {
                        paragraph = el;
                    }
                }
                if (paragraph != null && el != paragraph && startsLine(el)) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (el.normalName().equals("a")) {
                    linkDepth--;
                }
                if (el == paragraph) {
                    add(el, false);
                    paragraph = null;
                } else if (paragraph != null && startsLine(el)) {
                    text.append(' ');
                } else if (paragraph == null && BREAKS.contains(el.normalName())) {
                    flush(el);
                }
            }
        }

        /** Ends the loose run of text held by {@code container}. */
        void flush(Element container) {
            if (paragraph == null) {
                add(container, true);
            }
        }

        private void add(Element el, boolean loose) {
            String s = HtmlContentExtractor.normalizeSpace(text.toString());
            if (!s.isEmpty() && el != null) {
                blocks.add(new TextBlock(s, Math.min(linked, s.length()), el, loose));
            }
            text.setLength(0);
            linked = 0;
        }
    }
}
