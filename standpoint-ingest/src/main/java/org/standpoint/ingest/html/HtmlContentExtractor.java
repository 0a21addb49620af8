package org.standpoint.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.standpoint.ingest.RawDocument;
import org.standpoint.model.ArticleMetadata;

/**
 * Finds a news article in an HTML page. Stateless and thread-safe.
 *
 * <p>The result's blocks are the article's main content, in document order, with whitespace collapsed: the
 * paragraphs, subheadings, quotations, list items and loose lines of the container {@link MainContent} chooses
 * once {@link Clutter} is gone, pruned of boxes that are not the article ({@link ContentPruning}), without the
 * headline, captions and short all-link lines, with fallbacks for thin pages ({@link ArticleBody}). The result is
 * marked as main content ({@link RawDocument#mainContent()}). Captions go to the captions, not the blocks.
 *
 * <p>Title, date, publisher and address come from the page's declarations (Open Graph and other meta tags,
 * JSON-LD, the canonical link, the headline); the address falls back to {@code baseUrl}, and a field nothing
 * declares is null. The identity text is the title and the blocks, so the same article served in two page
 * layouts hashes alike.
 */
public final class HtmlContentExtractor {
    /** Includes the no-break and narrow spaces pages use between words and around numbers. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    /**
     * @param sourceFile the file name for the metadata, without folders
     * @param location where in the file the page was found, or null for the whole file
     * @param baseUrl the page's address, for relative links and as the article address of last resort; may be null
     * @return the article; its blocks are empty when the page holds no article text
     */
    public RawDocument extract(String html, String sourceFile, String location, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata page = PageMetadata.read(doc, baseUrl);
        Clutter.remove(doc);
        ArticleBody article = ArticleBody.find(doc, page);
        List<String> blocks = article.blocks();
        ArticleMetadata metadata =
                new ArticleMetadata(sourceFile, location, page.title(), page.publisher(), page.published(), page.url());
        String title = metadata.title();
        String body = String.join("\n\n", blocks);
        String identity = title == null ? body : title + "\n\n" + body;
        return new RawDocument(metadata, blocks, article.captions(), title != null, identity, true);
    }

    /** Collapses runs of whitespace, including no-break spaces, to one space and trims. */
    static String normalizeSpace(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }
}
