package org.standpoint.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The parts of a news page that are not the article: site furniture by tag, and blocks whose class or id says
 * what they are (share bars, related links, newsletter boxes, advertising).
 */
final class Clutter {
    /** Never the article, whatever they hold. */
    private static final String FURNITURE = "script, style, nav, header, footer, aside, noscript, iframe, template";
    /** Whole words only: a substring test would throw away "header", "shadow" and "download" for "ad". */
    private static final Set<String> WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "share", "sharing",
            "social", "related", "promo", "promos", "newsletter", "subscribe", "subscription", "cookie", "cookies",
            "ad", "ads", "advert", "adverts", "advertisement", "sponsored");
    /** Splits "share-bar", "related_links" and "shareBar" into words. */
    private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private Clutter() {
    }

    /**
     * Removes clutter from {@code doc}. A form, or an element named like clutter, survives when it holds most of
     * the page's paragraph text: some sites wrap the whole page in a {@code <form>}, or give the wrapper of
     * article and sidebar a class like "has-sidebar".
     */
    static void remove(Document doc) {
        doc.select(FURNITURE).remove();
        Element body = doc.body();
        long pageText = MainContent.paragraphChars(body);
        Elements candidates = doc.select("form");
        candidates.addAll(doc.select("[class], [id]").stream().filter(Clutter::isNamedClutter).toList());
        for (Element el : candidates) {
            boolean structural = el == body || el.normalName().equals("html");
            boolean attached = el.ownerDocument() != null;
            if (!structural && attached && MainContent.paragraphChars(el) * 2 <= pageText) {
                el.remove();
            }
        }
    }

    /** Whether the element's class or id names a kind of clutter. */
    static boolean isNamedClutter(Element el) {
        return hasWord(el.className(), WORDS) || hasWord(el.id(), WORDS);
    }

    static boolean hasWord(String names, Set<String> words) {
        if (names.isEmpty()) {
            return false;
        }
        for (String part : NAME_PARTS.split(names)) {
            if (words.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
