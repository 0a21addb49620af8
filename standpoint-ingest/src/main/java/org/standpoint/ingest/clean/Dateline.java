package org.standpoint.ingest.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standpoint.model.PartialDate;

/**
 * A page's own date read from its text, for inputs whose metadata gives none. A dateline stands before the body
 * on a line of its own ("Published: 3 May 2016 10:14"), or in the opening words of the body's first block: at its
 * start ("Wednesday 21 August 2013 The council met ..."), after a dateline cue ("Posted on April 4 2017 by ..."),
 * or where a headline or an agency's name runs into it ("... Monitor AFP Friday 15 Jul 2016 At least ..."). A
 * date after a word in lower case or a function word is part of a sentence ("met on Friday 15 July 2016", "On 21
 * August 2013 rockets ...") and dates an event, not the page. Stateless.
 */
final class Dateline {
    /** How far into the body's first block a dateline may stand: past a headline run into it, not further. */
    private static final int OPENING_WORDS = 40;
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}[\\p{L}'’-]*)[^\\p{L}]*$");
    private static final Pattern NO_WORD = Pattern.compile("[\\W_]*");
    private static final Pattern CUE_GAP = Pattern.compile("[\\s:,|-]*");
    /** A word or number, then only spaces: no comma or bracket leads into the date. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\p{L}\\p{N}]\\s+$");
    /** What follows a dateline: a new sentence, quoted or not, a number, a bracket ("(updated ...)"), or nothing. */
    private static final Pattern NEW_SENTENCE = Pattern.compile("\\s*(?:[\\p{Lu}\\p{N}(\\[\"“]|$)");
    /** What a time or date stamp may hold besides dates, times and cues: a zone or a name ("GMT", "BST"). */
    private static final int STAMP_NAMES = 2;

    private Dateline() {
    }

    /**
     * The first date that dates the page: in a stamp before the body, else in the opening of the body's first
     * block.
     *
     * @param lead the blocks between the headline and the body, in order
     */
    static Optional<PartialDate> find(List<String> lead, String firstBody) {
        for (String block : lead) {
            Optional<PartialDate> date = isStamp(block) ? WrittenDates.BUNDLED.first(block).map(WrittenDates.Found::date)
                    : opening(block);
            if (date.isPresent()) {
                return date;
            }
        }
        return firstBody == null ? Optional.empty() : opening(firstBody);
    }

    /**
     * The first date in the text's opening words that stands as a dateline: at the start, after a cue that no
     * sentence leads into, or between a name and a new sentence with no punctuation around it, as where a headline
     * runs into the lede ("... Raqqa 21 November 2016 Aircraft of ..."), unlike a date closing a sentence
     * ("in Kabul, June 4, 2019.").
     */
    private static Optional<PartialDate> opening(String text) {
        String opening = firstWords(text);
        for (WrittenDates.Found f : WrittenDates.BUNDLED.all(opening)) {
            int cued = cueBefore(opening, f.start());
            String before = opening.substring(0, cued >= 0 ? cued : f.start());
            boolean dateline = NO_WORD.matcher(before).matches() || cued >= 0 && !insideSentence(before)
                    || !insideSentence(before) && BETWEEN_WORDS.matcher(before).find()
                    && NEW_SENTENCE.matcher(opening.substring(f.end())).lookingAt();
            if (dateline) {
                return Optional.of(f.date());
            }
        }
        return Optional.empty();
    }

    /** Where a dateline cue right before {@code offset} starts ("Posted on", "Last updated at:"), or -1. */
    private static int cueBefore(String text, int offset) {
        Matcher c = PageWords.BUNDLED.cue().matcher(text.substring(0, offset));
        int start = -1;
        while (c.find()) {
            if (CUE_GAP.matcher(text.substring(c.end(), offset)).matches()) {
                start = c.start();
            }
        }
        return start;
    }

    private static String firstWords(String text) {
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int end = 0;
        for (int n = 0; n < OPENING_WORDS && m.find(); n++) {
            end = m.end();
        }
        return text.substring(0, end);
    }

    private static boolean insideSentence(String before) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && (Character.isLowerCase(m.group(1).charAt(0)) || PageWords.BUNDLED.isFunctionWord(m.group(1)));
    }

    /**
     * A block of nothing but dates, times and dateline cues, and perhaps a time zone or a name: "Updated 3 May 2016
     * 10:14 BST", "Wednesday 21 August 2013". Furniture wherever it stands.
     */
    static boolean isStamp(String text) {
        List<WrittenDates.Found> dates = WrittenDates.BUNDLED.all(text);
        Matcher time = TIME.matcher(text);
        if (dates.isEmpty() && !time.find()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        String left = PageWords.BUNDLED.cue().matcher(rest).replaceAll(" ");
        List<String> words = PageWords.words(left);
        return words.size() <= STAMP_NAMES && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }
}
