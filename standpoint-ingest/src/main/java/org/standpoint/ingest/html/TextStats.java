package org.standpoint.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** How much text, and how much link text, each element holds, summed once from a page's {@link TextBlock}s. */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(List<TextBlock> blocks) {
        TextStats stats = new TextStats();
        for (TextBlock block : blocks) {
            for (Element el = block.element(); el != null; el = el.parent()) {
                int[] c = stats.counts.computeIfAbsent(el, k -> new int[2]);
                c[0] += block.text().length();
                c[1] += block.linkedChars();
            }
        }
        return stats;
    }

    int textLength(Element el) {
        return counts.getOrDefault(el, new int[2])[0];
    }

    double linkDensity(Element el) {
        int[] c = counts.get(el);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
}
