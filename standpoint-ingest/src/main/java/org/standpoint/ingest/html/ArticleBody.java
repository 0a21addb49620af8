package org.standpoint.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's body and captions on a page stripped of {@link Clutter}: the blocks of the {@link MainContent}
 * with the headline and the captions taken out. When that is thin (a page whose prose is short lines, or spread
 * over boxes no container gathers), the longest of it, every prose-like block of the page (trafilatura's
 * recovery of stray text) and the article text the page declares in JSON-LD is taken, so every page with text
 * yields a body.
 *
 * @param blocks the body's blocks in reading order
 * @param captions the text of the photo captions and credits found in the body
 */
record ArticleBody(List<String> blocks, List<String> captions) {
    /** Less text than this and a second opinion is sought (trafilatura's minimum extracted size). */
    private static final int THIN_CHARS = 250;
    /** A block with more link text than this is a link, not prose. */
    private static final double LINKS = 0.5;
    private static final double LINK_LINE = 0.8;
    private static final int LINK_LINE_CHARS = 200;

    ArticleBody {
        blocks = List.copyOf(blocks);
        captions = List.copyOf(captions);
    }

    static ArticleBody find(Document doc, PageMetadata page) {
        List<TextBlock> all = TextBlocks.of(doc.body());
        List<String> captions = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (Element part : MainContent.find(all)) {
            captions.addAll(takeCaptions(part));
            TextBlocks.of(part).stream().filter(b -> !isHeadline(b, page.title()) && !isLink(b)).forEach(b -> blocks.add(b.text()));
        }
        if (length(blocks) >= THIN_CHARS) {
            return new ArticleBody(blocks, captions);
        }
        List<String> stray = all.stream().filter(b -> isStrayProse(b) && !isHeadline(b, page.title())
                && !isCaption(b.element())).map(TextBlock::text).toList();
        List<String> declared = declared(page.declaredBody());
        List<String> best = blocks;
        for (List<String> other : List.of(stray, declared)) {
            if (length(other) > length(best)) {
                best = other;
            }
        }
        return new ArticleBody(best, best == blocks ? captions : List.of());
    }

    /** A short block that is mostly link text: a related story, a "read more", a tag. */
    private static boolean isLink(TextBlock block) {
        return block.linkDensity() > LINK_LINE && block.text().length() < LINK_LINE_CHARS;
    }

    /** A paragraph, or a loose line long enough to be one, that is not mostly a link. */
    private static boolean isStrayProse(TextBlock block) {
        boolean paragraph = !block.loose() || block.text().length() >= MainContent.MIN_PARAGRAPH_CHARS;
        return paragraph && block.linkDensity() <= LINKS;
    }

    private static int length(List<String> blocks) {
        return blocks.stream().mapToInt(String::length).sum();
    }

    /** The paragraphs of a JSON-LD article body, which separates them by line breaks if at all. */
    private static List<String> declared(String body) {
        if (body == null) {
            return List.of();
        }
        return body.lines().map(HtmlContentExtractor::normalizeSpace).filter(s -> !s.isEmpty()).toList();
    }

    /** The page's own headline, kept as the title rather than as a block of the body. */
    private static boolean isHeadline(TextBlock block, String title) {
        return block.element().normalName().equals("h1") && !block.loose() || block.text().equals(title);
    }

    private static boolean isCaption(Element el) {
        return el.closest("figcaption") != null || MarkupHints.is(el, MarkupHints.Kind.CAPTION);
    }

    /** Removes the captions from {@code part} and returns their text. */
    private static List<String> takeCaptions(Element part) {
        List<String> captions = new ArrayList<>();
        for (Element caption : part.getAllElements()) {
            // A credit inside a caption went with it; the part itself is never a caption.
            if (caption == part || caption.ownerDocument() == null || !isCaption(caption)) {
                continue;
            }
            String text = HtmlContentExtractor.normalizeSpace(caption.text());
            if (!text.isEmpty()) {
                captions.add(text);
            }
            caption.remove();
        }
        return captions;
    }
}
