package org.standpoint.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding the article on a page already stripped of {@link Clutter}, as Readability does:
 * every paragraph of some length scores for the elements around it (fully for its container, half for the
 * next one up, less further up) by its length and its commas; an element's score is then weighed by its tag,
 * its class and id names, and the share of its text that is link text. The best element wins, an ancestor if
 * several good candidates share it, and siblings scoring near it join it (an article split by an
 * advertisement slot is taken whole).
 */
final class MainContent {
    /** Shorter paragraphs are bylines, buttons and labels more often than prose. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final double NEAR_TOP = 0.75;
    private static final double SIBLING_SHARE = 0.2;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private MainContent(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The article's elements in document order: the best-scoring element and the siblings that join it; empty
     * when no paragraph on the page is long enough to score.
     */
    static List<Element> find(List<TextBlock> blocks) {
        MainContent content = new MainContent(TextStats.of(blocks));
        content.score(blocks);
        Element top = content.top();
        if (top == null) {
            return List.of();
        }
        List<Element> parts = content.withSiblings(top);
        ContentPruning.prune(parts, content.scores);
        return parts;
    }

    private void score(List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            int length = block.text().length();
            if (length < MIN_PARAGRAPH_CHARS || block.heading()) {
                continue;
            }
            double points = 1 + commas(block.text()) + Math.min(length / 100, 3);
            Element ancestor = block.loose() ? block.element() : block.element().parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor.parent() != null; level++) {
                double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + points / share, (old, add) -> old + points / share);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((el, score) -> score * (1 - stats.linkDensity(el)));
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    /** What an element is worth before its paragraphs count: its tag and its names. */
    private static double initial(Element el) {
        return TAG_WEIGHTS.getOrDefault(el.normalName(), 0) + MarkupHints.weight(el);
    }

    private static final Map<String, Integer> TAG_WEIGHTS = Map.ofEntries(Map.entry("div", 5), Map.entry("article", 5),
            Map.entry("pre", 3), Map.entry("td", 3), Map.entry("blockquote", 3), Map.entry("address", -3),
            Map.entry("ol", -3), Map.entry("ul", -3), Map.entry("dl", -3), Map.entry("dd", -3), Map.entry("dt", -3),
            Map.entry("li", -3), Map.entry("form", -3), Map.entry("th", -5));

    private Element top() {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        if (ranked.isEmpty()) {
            return null;
        }
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        List<Element> near = ranked.stream().skip(1).limit(4).filter(e -> e.getValue() >= topScore * NEAR_TOP)
                .map(Map.Entry::getKey).toList();
        top = sharedAncestor(top, near);
        return climb(top);
    }

    /** When three good candidates sit inside one ancestor of the best, the article is that ancestor. */
    private static Element sharedAncestor(Element top, List<Element> near) {
        if (near.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && !isBody(parent); parent = parent.parent()) {
            Element p = parent;
            long inside = near.stream().filter(n -> n.parents().contains(p)).count();
            if (inside >= 3) {
                return parent;
            }
        }
        return top;
    }

    /**
     * Moves up while the parents score well but not better than the child (an article split into sections), to
     * the first that scores better; then past parents that wrap the result alone. The body is never the article.
     */
    private Element climb(Element top) {
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && !isBody(parent); parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.parent() != null && !isBody(top.parent()) && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** Readability's test for a short paragraph worth keeping: a full stop ends a sentence in it. */
    private static boolean endsSentence(String text) {
        return text.endsWith(".") || text.contains(". ");
    }

    private static boolean isBody(Element el) {
        return el.normalName().equals("body") || el.parent() == null;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, topScore, threshold)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private boolean joins(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int length = stats.textLength(sibling);
        double density = stats.linkDensity(sibling);
        return length > 80 && density < 0.25 || length > 0 && density == 0 && endsSentence(sibling.text());
    }
}
