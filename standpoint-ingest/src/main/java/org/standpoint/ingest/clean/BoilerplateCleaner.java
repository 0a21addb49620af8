package org.standpoint.ingest.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.standpoint.ingest.RawDocument;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;

/**
 * Finds the article in a page's blocks: the headline, then the body from the first clean prose paragraph to
 * the point where page furniture takes over for good, minus furniture and captions inside it. Stateless and
 * thread-safe; corpus knowledge comes in through {@link RepeatedBlocks}.
 */
public final class BoilerplateCleaner {

    /**
     * The article of {@code doc}: cleaned body, captions and headline, identified by the hash of the input text
     * (its first 16 hex digits are the id, the same on every run and machine); empty when nothing but site
     * clutter is left.
     */
    public Optional<Article> article(RawDocument doc, RepeatedBlocks corpus) {
        CleanedText clean = clean(doc, corpus);
        if (clean.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        String hash = Blocks.sha256(doc.identityText());
        ArticleMetadata m = doc.metadata();
        ArticleMetadata meta = new ArticleMetadata(m.sourceFile(), m.location(), clean.title(), m.publisher(),
                m.published(), m.url());
        return Optional.of(new Article(hash.substring(0, 16), meta, clean.body(), clean.captions(), hash, null));
    }

    public CleanedText clean(RawDocument doc, RepeatedBlocks corpus) {
        List<String> blocks = doc.blocks().stream().map(Blocks::normalizeSpace).filter(b -> !b.isEmpty()).toList();
        String docKey = doc.identityText().isEmpty() ? "" : Blocks.sha256(doc.identityText());
        String publisher = publisherKey(doc.metadata());
        List<BlockShape> shapes = withWholeAppeals(blocks.stream().map(BlockShape::of).toList());
        List<Block> page = new ArrayList<>(blocks.size());
        for (BlockShape s : shapes) {
            page.add(new Block(s, corpus.isRepeated(docKey, publisher, Blocks.blockHash(s.text()))));
        }
        if (page.stream().noneMatch(Block::cleanProse)) {
            // A page cannot be all furniture: when every prose block recurs elsewhere, the repetition is
            // shared news text (a wire story reused), so judge this page by shape alone.
            page = page.stream().map(b -> new Block(b.shape(), false)).toList();
        }
        String title = doc.metadata().title();
        int headline = -1;
        if (!doc.titleFromMarkup()) {
            headline = findHeadline(page);
            if (headline >= 0) {
                title = page.get(headline).shape().text();
            }
        }
        int start = findBodyStart(page, headline);
        List<String> captions = new ArrayList<>(doc.captions());
        if (start < 0) {
            return new CleanedText(title, List.of(), captions);
        }
        for (int i = headline + 1; i < start; i++) {
            if (page.get(i).shape().captionCue() || page.get(i).shape().credit()) {
                captions.add(page.get(i).shape().text());
            }
        }
        int end = findBodyEnd(page, start);
        String titleKey = title == null ? null : Blocks.key(title);
        List<String> paragraphs = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Block block = page.get(i);
            BlockShape s = block.shape();
            if (s.credit()) {
                captions.add(s.text());
            } else if (!s.alwaysClutter() && !(block.repeated() && !s.prose()) && !Blocks.key(s.text()).equals(titleKey)) {
                paragraphs.add(s.text());
            }
        }
        return new CleanedText(title, paragraphs, captions);
    }

    /** The key under which a document's blocks are compared with its publisher's other pages. */
    public static String publisherKey(ArticleMetadata meta) {
        if (meta.publisher() != null) {
            return meta.publisher().toLowerCase(Locale.ROOT);
        }
        if (meta.url() != null) {
            try {
                String host = URI.create(meta.url()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // an unparseable URL tells us nothing about the publisher
            }
        }
        return RepeatedBlocks.UNKNOWN_PUBLISHER;
    }

    /**
     * An appeal often runs over several lines of which only one names the ask ("support us", "subscribe"); a
     * line addressing the reader right next to such a line belongs to the appeal too.
     */
    private static List<BlockShape> withWholeAppeals(List<BlockShape> shapes) {
        List<BlockShape> out = new ArrayList<>(shapes);
        for (int i = 0; i < shapes.size(); i++) {
            boolean besideAppeal = i > 0 && asks(shapes.get(i - 1)) || i + 1 < shapes.size() && asks(shapes.get(i + 1));
            if (besideAppeal && shapes.get(i).addressesReader()) {
                out.set(i, shapes.get(i).asAppeal());
            }
        }
        return out;
    }

    /** An appeal that asks something of the reader; an advertisement marker asks nothing. */
    private static boolean asks(BlockShape s) {
        return s.appeal() && !s.adSlot();
    }

    /**
     * The headline: of the short, unpunctuated blocks standing before the first clean prose, the last one,
     * since site banners and menus come above a headline and the lede (or a caption) right below it.
     */
    private static int findHeadline(List<Block> page) {
        int headline = -1;
        for (int i = 0; i < page.size() && !page.get(i).cleanProse(); i++) {
            Block b = page.get(i);
            if (b.shape().headlineCandidate() && !b.repeated() && !b.shape().alwaysClutter() && !b.shape().credit()) {
                headline = i;
            }
        }
        return headline;
    }

    /**
     * The first clean prose block after the headline that is not a caption. A caption sits between headline
     * and lede, shows a photo cue or credit, and is followed by more prose (the lede itself), possibly after
     * further captions, credits or a byline.
     */
    private static int findBodyStart(List<Block> page, int headline) {
        for (int i = headline + 1; i < page.size(); i++) {
            Block b = page.get(i);
            if (!b.cleanProse()) {
                continue;
            }
            int next = i + 1;
            while (next < page.size() && page.get(next).captionCompanion()) {
                next++;
            }
            boolean captionPosition = next < page.size() && page.get(next).cleanProse();
            if (captionPosition && (b.shape().credit() || b.shape().captionCue() && !b.shape().reported())) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /**
     * Where furniture takes over: the first clutter block or fragment after which no two clean prose blocks
     * follow each other. A lone "Advertisement" between paragraphs does not end the body; a footer does.
     */
    private static int findBodyEnd(List<Block> page, int start) {
        int lastProseRun = -1;
        for (int i = page.size() - 1; i > start && lastProseRun < 0; i--) {
            boolean afterProse = page.get(i - 1).cleanProse()
                    || i - 2 >= start && page.get(i - 1).shape().adSlot() && page.get(i - 2).cleanProse();
            if (page.get(i).cleanProse() && afterProse) {
                lastProseRun = i;
            }
        }
        for (int i = start + 1; i < page.size(); i++) {
            if (i > lastProseRun && page.get(i).furniture()) {
                return i;
            }
        }
        return page.size();
    }

    private record Block(BlockShape shape, boolean repeated) {
        boolean cleanProse() {
            return shape.prose() && !repeated && !shape.alwaysClutter() && !shape.credit();
        }

        /** What may stand between a caption and the lede: another caption, a credit, a byline. */
        boolean captionCompanion() {
            return !cleanProse() && (shape.credit() || shape.captionCue() || shape.fragment());
        }

        boolean furniture() {
            return repeated || shape.alwaysClutter() || shape.fragment();
        }
    }
}
