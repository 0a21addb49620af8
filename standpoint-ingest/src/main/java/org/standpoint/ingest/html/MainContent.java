package org.standpoint.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article on a page already stripped of {@link Clutter}: the container the page
 * marks as the article if it has one, else the element whose paragraphs carry the most prose (the Readability
 * approach: long paragraphs count for their parent and half for their grandparent, links and clutter-like names
 * count against).
 */
final class MainContent {
    private static final List<String> MARKED = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
    /** A marked container with less of the page's prose than this is a teaser, not the article. */
    private static final double MARKED_MIN_SHARE = 0.25;
    /** Shorter paragraphs are bylines, buttons and labels more often than prose. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Set<String> GOOD_WORDS =
            Set.of("article", "body", "content", "entry", "main", "post", "story", "text");

    private MainContent() {
    }

    static Element find(Document doc) {
        Element body = doc.body();
        long pageText = paragraphChars(body);
        for (String selector : MARKED) {
            Element best = mostProse(doc, selector);
            long chars = best == null ? 0 : paragraphChars(best);
            if (chars > 0 && chars >= pageText * MARKED_MIN_SHARE) {
                return best;
            }
        }
        Element scored = bestScored(doc);
        return scored != null ? scored : body;
    }

    /** Characters of text in the {@code <p>} elements within {@code el}. */
    static long paragraphChars(Element el) {
        long chars = 0;
        for (Element p : el.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    private static Element mostProse(Document doc, String selector) {
        Element best = null;
        long bestChars = -1;
        for (Element el : doc.select(selector)) {
            long chars = paragraphChars(el);
            if (chars > bestChars) {
                best = el;
                bestChars = chars;
            }
        }
        return best;
    }

    private static Element bestScored(Document doc) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.body().select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (length < MIN_PARAGRAPH_CHARS || parent == null) {
                continue;
            }
            scores.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null && !(grandparent instanceof Document)) {
                scores.merge(grandparent, length / 2.0, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - linkDensity(candidate)) * nameWeight(candidate);
            // On a tie the ancestor wins, so an article split into two equal halves is taken whole.
            boolean better = score > bestScore || (score == bestScore && best != null && best.parents().contains(candidate));
            if (better) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static double linkDensity(Element el) {
        int total = el.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : el.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / total);
    }

    private static double nameWeight(Element el) {
        if (Clutter.isNamedClutter(el)) {
            return 0.25;
        }
        boolean good = Clutter.hasWord(el.className(), GOOD_WORDS) || Clutter.hasWord(el.id(), GOOD_WORDS);
        return good ? 1.25 : 1.0;
    }
}
