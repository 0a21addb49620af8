package org.standpoint.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The parts of a news page that are not the article: site furniture by tag, hidden elements, bylines and date
 * stamps, and blocks whose class or id says what they are (share bars, related links, newsletter boxes,
 * advertising).
 */
final class Clutter {
    /** Never the article, whatever they hold. */
    private static final String FURNITURE = "script, style, nav, header, footer, aside, noscript, iframe, template, "
            + "svg, button, select, textarea, input";
    /** Bylines and date stamps are a line; a longer element named so is something else. */
    private static final int STAMP_CHARS = 200;
    /** What a browser does not show is no part of what a reader reads. */
    private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";

    private Clutter() {
    }

    /**
     * Removes clutter from {@code doc}. A hidden element, a form, or an element named like clutter, survives when
     * it holds most of the page's prose: some sites wrap the whole page in a {@code <form>}, give the wrapper of
     * article and sidebar a class like "has-sidebar", or hide the article until a script shows it.
     */
    static void remove(Document doc) {
        doc.select(FURNITURE).remove();
        Element body = doc.body();
        removeStamps(body);
        TextStats stats = TextStats.of(prose(body));
        int pageText = stats.textLength(body);
        Elements candidates = doc.select(HIDDEN);
        candidates.addAll(doc.select("form"));
        candidates.addAll(doc.select("[class], [id]").stream()
                .filter(el -> MarkupHints.is(el, MarkupHints.Kind.CLUTTER)).toList());
        for (Element el : candidates) {
            boolean structural = el == body || el.normalName().equals("html");
            boolean attached = el.ownerDocument() != null;
            if (!structural && attached && stats.textLength(el) * 2 <= pageText) {
                el.remove();
            }
        }
    }

    /**
     * Removes bylines, date stamps and the like: short elements named as minor furniture, and date elements
     * standing outside any paragraph.
     */
    private static void removeStamps(Element body) {
        for (Element el : body.getAllElements()) {
            if (el == body || el.ownerDocument() == null || el.text().length() > STAMP_CHARS) {
                continue;
            }
            boolean looseDate = el.normalName().equals("time") && el.parents().stream().noneMatch(TextBlocks::isParagraph);
            if (looseDate || MarkupHints.is(el, MarkupHints.Kind.MINOR)) {
                el.remove();
            }
        }
    }

    /** The blocks long enough to be prose rather than labels and links. */
    static List<TextBlock> prose(Element root) {
        return TextBlocks.of(root).stream()
                .filter(b -> b.text().length() >= MainContent.MIN_PARAGRAPH_CHARS && b.linkDensity() < 0.5).toList();
    }
}
