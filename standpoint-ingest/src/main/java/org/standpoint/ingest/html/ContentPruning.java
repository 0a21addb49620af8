package org.standpoint.ingest.html;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what sits inside the article's container without being the article, as Readability's conditional
 * cleaning does: a box scoring below nothing, a gallery or rail of pictures with little prose, a fragment too
 * short to say anything, a box mostly made of links (related stories, tag lists). Boxes with many commas are prose and stay. Deepest boxes are judged first, on what is
 * left of them.
 */
final class ContentPruning {
    private static final String BOXES = "div, section, ul, ol, table, form, fieldset, header";
    /** A box with this many commas is prose whatever else it holds. */
    private static final int PROSE_COMMAS = 10;
    private static final double LINK_HEAVY = 0.2;
    private static final double LINK_HEAVY_NAMED_CONTENT = 0.5;
    private static final int CONTENT_NAME = 25;

    private ContentPruning() {
    }

    /**
     * Prunes each part in place.
     *
     * @param scores the content scores {@link MainContent} gave the boxes, absent for those it did not score
     */
    static void prune(List<Element> parts, Map<Element, Double> scores) {
        for (Element part : parts) {
            int partText = part.text().length();
            Elements boxes = part.select(BOXES);
            for (int i = boxes.size() - 1; i >= 0; i--) {
                Element box = boxes.get(i);
                // A box holding most of the part is the article's own wrapper, however it is named.
                boolean wrapper = box == part || box.text().length() * 2 >= partText;
                if (!wrapper && box.ownerDocument() != null && isClutter(box, scores.getOrDefault(box, 0.0))) {
                    box.remove();
                }
            }
        }
    }

    private static boolean isClutter(Element box, double score) {
        int weight = MarkupHints.weight(box);
        if (weight + score < 0) {
            return true;
        }
        String text = box.text();
        if (count(text, ',') >= PROSE_COMMAS) {
            return false;
        }
        boolean list = box.normalName().equals("ul") || box.normalName().equals("ol");
        boolean inFigure = box.closest("figure") != null;
        int paragraphs = box.select("p").size();
        int images = box.select("img").size();
        double links = linkDensity(box, text);
        return images > 1 && paragraphs < images / 2.0 && !inFigure
                || !list && text.length() < MainContent.MIN_PARAGRAPH_CHARS && (images == 0 || images > 2) && !inFigure
                        && !mostlyHeadings(box, text)
                || !list && weight < CONTENT_NAME && links > LINK_HEAVY
                || weight >= CONTENT_NAME && links > LINK_HEAVY_NAMED_CONTENT;
    }

    private static double linkDensity(Element box, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int linked = 0;
        for (Element a : box.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / text.length());
    }

    private static boolean mostlyHeadings(Element box, String text) {
        int headings = 0;
        for (Element h : box.select("h1, h2, h3, h4, h5, h6")) {
            headings += h.text().length();
        }
        return !text.isEmpty() && headings >= 0.9 * text.length();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
