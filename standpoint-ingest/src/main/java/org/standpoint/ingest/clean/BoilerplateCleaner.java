package org.standpoint.ingest.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.standpoint.ingest.RawDocument;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;

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
        ArticleMetadata meta = doc.metadata().withTitle(clean.title());
        if (meta.published() == null && clean.dateline() != null) {
            meta = meta.withPublished(clean.dateline(), DateOrigin.TEXT); // the manifest and the input's own win
        }
        return Optional.of(new Article(hash.substring(0, 16), meta, clean.body(), clean.captions(), hash, null));
    }

    /**
     * The article's parts: found by the shape of clean prose paragraphs, or, when no block has that shape (an item
     * of one sentence, a text scraped into one block that ends in a credit), as the blocks that read as text.
     * Inline clutter is taken out of long blocks, and a dateline read from the text before and at the body's start.
     */
    public CleanedText clean(RawDocument doc, RepeatedBlocks corpus) {
        List<Block> page = page(doc, corpus);
        Layout layout = byProse(page, doc);
        if (layout.body().isEmpty()) {
            layout = byText(page, doc);
        }
        String title = layout.headline() >= 0 ? page.get(layout.headline()).shape().text() : doc.metadata().title();
        List<String> captions = new ArrayList<>(doc.captions());
        layout.captions().forEach(i -> captions.add(page.get(i).shape().text()));
        List<String> paragraphs = new ArrayList<>();
        for (int i : layout.body()) {
            InlineClutter.Cleaned c = InlineClutter.clean(page.get(i).shape().text());
            paragraphs.add(c.text());
            captions.addAll(c.captions());
        }
        List<String> lead = new ArrayList<>();
        int start = layout.body().isEmpty() ? page.size() : layout.body().get(0);
        for (int i = 0; i < start; i++) {
            if (i != layout.headline()) {
                lead.add(page.get(i).shape().text());
            }
        }
        String first = layout.body().isEmpty() ? null : page.get(start).shape().text();
        return new CleanedText(title, paragraphs, captions, Dateline.find(lead, first).orElse(null));
    }

    private static List<Block> page(RawDocument doc, RepeatedBlocks corpus) {
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
        return page;
    }

    /** Where the article stands among a page's blocks, by index: headline (or -1), body, captions. */
    private record Layout(int headline, List<Integer> body, List<Integer> captions) {
    }

    /**
     * The body from the first clean prose paragraph after the headline to the point where furniture takes over,
     * captions between headline and lede apart.
     */
    private static Layout byProse(List<Block> page, RawDocument doc) {
        int prose = 0;
        while (prose < page.size() && !page.get(prose).cleanProse()) {
            prose++;
        }
        int headline = doc.titleFromMarkup() ? -1 : findHeadline(page, prose);
        int start = findBodyStart(page, headline);
        if (start < 0) {
            return new Layout(headline, List.of(), List.of());
        }
        List<Integer> captions = new ArrayList<>();
        for (int i = headline + 1; i < start; i++) {
            if (page.get(i).shape().captionCue() || page.get(i).shape().credit()) {
                captions.add(i);
            }
        }
        int end = findBodyEnd(page, start);
        String title = headline >= 0 ? page.get(headline).shape().text() : doc.metadata().title();
        String titleKey = title == null ? null : Blocks.key(title);
        List<Integer> body = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Block block = page.get(i);
            BlockShape s = block.shape();
            if (s.credit()) {
                captions.add(i);
            } else if (!s.alwaysClutter() && !(block.repeated() && !s.prose()) && !Blocks.key(s.text()).equals(titleKey)) {
                body.add(i);
            }
        }
        return new Layout(headline, body, captions);
    }

    /**
     * The body of a text without clean prose: every block after the headline that reads as text. The lede is the
     * first such block that is no headline candidate, and the headline the last candidate before it; a text of
     * one block is taken whole unless its shape makes it furniture, since nothing around it says otherwise.
     */
    private static Layout byText(List<Block> page, RawDocument doc) {
        boolean single = page.size() == 1;
        Predicate<Block> text = b -> !b.repeated() && (single ? b.shape().words() >= 3 && !b.shape().furnitureLine()
                : b.shape().readsAsText());
        int lede = -1;
        for (int i = 0; i < page.size() && lede < 0; i++) {
            if (text.test(page.get(i)) && !page.get(i).shape().headlineCandidate()) {
                lede = i;
            }
        }
        int headline = doc.titleFromMarkup() || lede < 0 ? -1 : findHeadline(page, lede);
        List<Integer> body = new ArrayList<>();
        List<Integer> captions = new ArrayList<>();
        for (int i = headline + 1; i < page.size(); i++) {
            BlockShape s = page.get(i).shape();
            if (lede >= 0 && i < lede && (s.captionCue() || s.credit())) {
                captions.add(i);
            } else if (text.test(page.get(i))) {
                body.add(i);
            }
        }
        return new Layout(headline, body, captions);
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
     * The headline: of the short, unpunctuated blocks standing before the body's first block, the last one,
     * since site banners and menus come above a headline and the lede (or a caption) right below it.
     */
    private static int findHeadline(List<Block> page, int body) {
        int headline = -1;
        for (int i = 0; i < body; i++) {
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
