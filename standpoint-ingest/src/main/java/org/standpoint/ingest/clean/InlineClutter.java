package org.standpoint.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clutter inside one long block, where scraped and flattened pages leave it between news sentences: a photo
 * caption with its credit ("Soldiers patrol the border in May. AGENCY/Jane Doe", "... in May (File photo)"), a
 * share counter ("Print Tweet Views 458"), a time stamp, a lone "Read more". Only whole sentences with text on
 * both sides are taken out, and captions are kept apart: the block's first and last sentences stay as the source
 * gives them (a dateline run into the first, a sign-off into the last), and no sentence is cut inside. Stateless.
 */
final class InlineClutter {
    /** A block with fewer sentences is a paragraph of its own, whose clutter the block shapes judge. */
    private static final int LONG_BLOCK = 3;
    private static final int COUNTER_WORDS = 8;
    private static final int CAPTION_MIN_WORDS = 4;
    private static final int CAPTION_WORDS = 60;
    private static final int SENTENCE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…][\"'”’)\\]]{0,2})\\s+(?=[\\p{Lu}\\p{N}\"“'‘(\\[])");
    /** A credit in brackets: "(File photo)", "[AFP]", "(Agency Name and Agencies)". */
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]{1,60})[)\\]]");
    /** An agency's credit with its photographer, in capitals before a slash: "AGENCY/Jane Doe". */
    private static final Pattern SLASH_CREDIT = Pattern.compile(
            "(?<![\\p{L}/])\\p{Lu}{2,}(?: \\p{Lu}{2,})?/ ?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?");
    private static final Pattern SENTENCE_START = Pattern.compile("\\s+[\\p{Lu}\\p{N}\"“'‘(\\[]");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’)\\]]*$");
    /** A few capitalised words and a count before a new sentence: "Print Tweet Views 458", "Slideshow (3 Images)". */
    private static final Pattern COUNTER = Pattern.compile(
            "(?:\\p{Lu}\\p{L}*\\s+){1,6}(?:\\(\\d+\\s+\\p{Lu}\\p{L}*\\)|\\d+)(?=\\s+[\\p{Lu}\"“])");

    /** A block without its inline clutter, and the captions taken out of it. */
    record Cleaned(String text, List<String> captions) {
    }

    private InlineClutter() {
    }

    static Cleaned clean(String block) {
        List<int[]> sentences = sentences(block);
        if (sentences.size() < LONG_BLOCK) {
            return new Cleaned(block, List.of());
        }
        boolean[] out = new boolean[block.length()];
        List<String> captions = new ArrayList<>();
        for (int[] credit : credits(block)) {
            int captionStart = sentenceStartBefore(sentences, credit[0]);
            String caption = block.substring(captionStart, credit[0]).strip();
            if (captionStart > 0 && !caption.isEmpty() && textAfter(block, credit[1]) && isCaption(caption)) {
                captions.add(block.substring(captionStart, credit[1]).strip());
                mark(out, captionStart, credit[1]);
            }
        }
        for (int i = 1; i < sentences.size() - 1; i++) {
            int[] s = sentences.get(i);
            String sentence = block.substring(s[0], s[1]);
            if (isFurniture(sentence)) {
                mark(out, s[0], s[1]);
            } else {
                Matcher counter = COUNTER.matcher(sentence);
                if (counter.lookingAt() && isFurniture(counter.group())) {
                    mark(out, s[0], s[0] + counter.end()); // a share bar run into the next sentence
                }
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < block.length(); i++) {
            kept.append(out[i] ? ' ' : block.charAt(i));
        }
        return new Cleaned(Blocks.normalizeSpace(kept.toString()), captions);
    }

    /** The block's sentences as [start, end) offsets, trailing space left out. */
    static List<int[]> sentences(String block) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(block);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, block.length()});
        return out;
    }

    /**
     * Credits as [start, end), those standing side by side joined: "(File photo) (Agency)". A photo credit may
     * close its caption's sentence; a name alone is a credit only where a sentence has ended ("... city.
     * (Agency)"), since inside one it is an acronym ("the Observatory (SOHR) said").
     */
    private static List<int[]> credits(String block) {
        List<int[]> found = new ArrayList<>();
        Matcher b = BRACKETED.matcher(block);
        int lastEnd = -1;
        while (b.find()) {
            boolean photo = BlockShape.of(b.group(1)).captionCue();
            boolean besideCredit = lastEnd >= 0 && block.substring(lastEnd, b.start()).isBlank();
            if (photo || (besideCredit || afterSentence(block, b.start())) && namesOnly(b.group(1))) {
                found.add(new int[] {b.start(), b.end()});
                lastEnd = b.end();
            }
        }
        Matcher s = SLASH_CREDIT.matcher(block);
        while (s.find()) {
            if (afterSentence(block, s.start())) {
                found.add(new int[] {s.start(), withoutFunctionWord(block, s.start(), s.end())});
            }
        }
        found.sort((x, y) -> x[0] - y[0]);
        List<int[]> joined = new ArrayList<>();
        for (int[] c : found) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && block.substring(last[1], c[0]).isBlank()) {
                last[1] = c[1];
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    /** Names and function words only: a source's name ("Agency and Agencies"), not a remark in brackets. */
    private static boolean namesOnly(String inside) {
        List<String> words = PageWords.words(inside);
        return words.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0))) && words.stream()
                .allMatch(w -> Character.isUpperCase(w.charAt(0)) || PageWords.BUNDLED.isFunctionWord(w));
    }

    private static boolean afterSentence(String block, int offset) {
        String before = block.substring(0, offset).stripTrailing();
        return TERMINAL.matcher(before).find();
    }

    /** A photographer's name ends before a function word that opens the next sentence ("AGENCY/Stringer The"). */
    private static int withoutFunctionWord(String block, int start, int end) {
        int space = block.lastIndexOf(' ', end - 1);
        if (space > start && PageWords.BUNDLED.isFunctionWord(block.substring(space + 1, end))) {
            return space;
        }
        return end;
    }

    private static int sentenceStartBefore(List<int[]> sentences, int offset) {
        int start = 0;
        for (int[] s : sentences) {
            if (s[0] < offset) {
                start = s[0];
            }
        }
        return start;
    }

    /**
     * Whether a news sentence follows: a credit followed by nothing but a sign-off ("Agencies contributed to this
     * report") ends the text, and stays with its last sentence.
     */
    private static boolean textAfter(String block, int end) {
        String rest = block.substring(end);
        return SENTENCE_START.matcher(rest).lookingAt() && BlockShape.of(rest).words() >= SENTENCE_WORDS
                && rest.matches("(?s).*[.!?…].*");
    }

    /**
     * A caption describes a picture in a sentence of its own, reporting nobody's words; a place name before an
     * agency ("CITY (Agency)") is a wire dateline, not a caption.
     */
    private static boolean isCaption(String text) {
        BlockShape shape = BlockShape.of(text);
        return shape.words() >= CAPTION_MIN_WORDS && shape.words() <= CAPTION_WORDS && !shape.reported()
                && !text.contains("\"") && !text.contains("“") && PageWords.BUNDLED.readsAsLanguage(text);
    }

    /** A lone page control, a time stamp, or a counter: a few capitalised words and a number, no sentence. */
    private static boolean isFurniture(String sentence) {
        if (BlockShape.of(sentence).navigation() || Dateline.isStamp(sentence)) {
            return true;
        }
        List<String> words = PageWords.words(sentence);
        return words.size() <= COUNTER_WORDS && sentence.matches(".*\\d.*") && !TERMINAL.matcher(sentence).find()
                && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) && !PageWords.BUNDLED.isFunctionWord(w));
    }

    private static void mark(boolean[] out, int start, int end) {
        for (int i = start; i < end; i++) {
            out[i] = true;
        }
    }
}
