package org.standpoint.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standpoint.lexicon.Lexicon;

/**
 * What a block looks like, judged from its own text: prose, a headline, a label line, a reader appeal, a photo
 * caption or credit. Word lists here name the genre of page furniture (appeals, captions, navigation), never
 * any one site's wording.
 */
record BlockShape(String text, int words, boolean prose, boolean headlineLike, boolean label, boolean appeal,
                  boolean captionCue, boolean credit, boolean navigation, boolean stamp) {

    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…][\"'”’)\\]]*$|[\"”’]$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[A-Z][A-Z &/-]{2,30}|(?i:tags|filed under|categories|category|topics|related|posted in|share|"
                    + "keywords|see also|more on|more from|read also|also read))\\s*:.*");
    private static final Pattern READER = Pattern.compile("(?i)\\b(you|your|yours)\\b");
    private static final Pattern APPEAL_VERB = Pattern.compile(
            "(?i)\\b(support(?:ing)?|donat\\w*|subscri\\w*|sign(?:ing)? up|newsletter|contribut\\w*|"
                    + "membership|paywall|log ?in|cookies?|ads|ad-free|advertis\\w*|help|remind me)\\b");
    private static final Pattern STANDALONE_APPEAL = Pattern.compile(
            "(?i)\\b(ad-free|advertisement|paid subscribers?|support us|donate now|subscribe now|"
                    + "payment methods?|paiment methods?|sponsored content|cookie policy)\\b");
    /** Reported speech ("said", "according to"): the written forms of the lexicon's cues for cleaning. */
    private static final Pattern REPORTED = reported(Lexicon.bundled());
    private static final Pattern CAPTION_CUE = Pattern.compile(
            "(?i)(\\b(photo(?:graph)?s?|pictured|picture|image|file photo|illustration)\\b|^\\(?(photo|image|credit)\\b"
                    + "|\\b(getty images|afp|ap photo|reuters/|epa|tass|sputnik|ria novosti)\\b|/\\s*[A-Z][a-z]+$)");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "[.!?]\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s*){1,4}(?:/\\s*\\p{Lu}[\\p{L}]+\\s*)?$");
    private static final Pattern PHOTO_LINE = Pattern.compile("(?i)^\\(?(photo|image|picture|credit)s?\\s*[:/(]");
    private static final Pattern CREDIT_LABEL_TAIL = Pattern.compile(
            "(?i)\\b(photo|image|picture|credit|photograph)s?(\\s+by)?\\s*[:/©]\\s*[^.!?]{2,60}$");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)^(read more|leave a comment|comments?|share( this( article| story)?)?|print|email|"
                    + "subscribe|sign up|log in|next|previous|back to top|advertisement|related( stories| articles)?|"
                    + "more stories|most read|trending|follow us.*|click here.*|continue reading|not now|close)[.!:]*$");
    /** A line opened by a byline or dateline cue from the lexicon: "By Jane Doe", "Updated 3 May". */
    private static final Pattern BYLINE_OR_STAMP = Pattern.compile("(?iu)^" + PageWords.alternation(
            Stream.concat(Lexicon.bundled().words("byline-cue").stream(), Lexicon.bundled().words("dateline-cue").stream())
                    .toList()) + "(?![\\p{L}\\p{N}])");
    private static final Pattern AD_SLOT = Pattern.compile("(?i)\\badvert(?:isement)?s?\\b");
    /** Bylines and stamps are short; a longer line so opening is a sentence ("Published figures show ..."). */
    private static final int BYLINE_WORDS = 12;
    /** A label's text is a list of terms; eight words with function words among them are a sentence. */
    private static final int SENTENCE_WORDS = 8;

    /** Any of the lexicon's speech verbs and attribution phrases with the {@code clutter} use, as written. */
    static Pattern reported(Lexicon words) {
        List<String> cues = new ArrayList<>(words.forms("speech-verb", "clutter"));
        cues.addAll(words.forms("attribution-phrase", "clutter"));
        return Pattern.compile("(?i)\\b(" + cues.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
    }

    static BlockShape of(String text) {
        int words = Blocks.wordCount(text);
        boolean terminal = TERMINAL.matcher(text).find();
        boolean prose = words >= 8 && terminal;
        return new BlockShape(text, words, prose, isHeadlineLike(text, words, terminal), isLabel(text, words),
                isAppeal(text), words <= 60 && CAPTION_CUE.matcher(text).find(), isCredit(text, words),
                words <= 6 && NAVIGATION.matcher(text.strip()).matches(), Dateline.isStamp(text));
    }

    /**
     * "TAGS: Syria, talks" is a label; "CAIRO: The council met on Friday to ..." is a dateline in capitals before
     * a sentence, which is text.
     */
    private static boolean isLabel(String text, int words) {
        return LABEL.matcher(text).matches()
                && !(words >= SENTENCE_WORDS && PageWords.BUNDLED.functionWordCount(text) >= 2);
    }

    /** A headline: a handful of words, mostly capitalised, without a closing full stop. */
    private static boolean isHeadlineLike(String text, int words, boolean terminal) {
        if (words < 3 || words > 22 || (terminal && !text.endsWith("?") && !text.endsWith("!"))) {
            return false;
        }
        if (text.endsWith("?") || text.endsWith("!")) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : text.split("\\s+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                content++;
                if (Character.isUpperCase(letters.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return content > 0 && capitalised * 10 >= content * 7;
    }

    /** Pages ask readers for money, sign-ups and consent in the second person; news reports rarely do. */
    private static boolean isAppeal(String text) {
        if (STANDALONE_APPEAL.matcher(text).find()) {
            // "support us" in a quoted, attributed sentence is someone's plea reported as news
            return !(isQuoted(text) && REPORTED.matcher(text).find());
        }
        return READER.matcher(text).find() && APPEAL_VERB.matcher(text).find() && !REPORTED.matcher(text).find()
                && !isQuoted(text);
    }

    private static boolean isQuoted(String text) {
        return text.contains("\"") || text.contains("“");
    }

    /** A caption ending in the photographer's name, or a line that declares itself a photo credit. */
    private static boolean isCredit(String text, int words) {
        if (words > 60 || REPORTED.matcher(text).find()) {
            return false;
        }
        return CREDIT_TAIL.matcher(text).find() || PHOTO_LINE.matcher(text).find()
                || CREDIT_LABEL_TAIL.matcher(text).find();
    }

    /** Furniture that is never article text wherever it stands. */
    boolean alwaysClutter() {
        return label || appeal || navigation || stamp;
    }

    /**
     * Text of an article in which no block has the shape of clean prose: a sentence cut short, a headline, an item
     * of one line. Three words or more that read as running language (see {@link PageWords#readsAsLanguage}), and
     * no furniture: no byline or stamp, no short line in which the page speaks of itself ("Become a member").
     */
    boolean readsAsText() {
        return words >= 3 && PageWords.BUNDLED.readsAsLanguage(text) && !furnitureLine();
    }

    /** Furniture by its own shape, whatever its words: what {@link #readsAsText} excludes besides the language test. */
    boolean furnitureLine() {
        return alwaysClutter() || adSlot() || credit || byline()
                || !prose && words <= BYLINE_WORDS && PageWords.BUNDLED.hasSiteWord(text);
    }

    /** "By Jane Doe", "Updated 3 May": a short line opened by a byline or stamp word. */
    private boolean byline() {
        return words <= BYLINE_WORDS && BYLINE_OR_STAMP.matcher(text).find();
    }

    /** Neither prose nor a sentence: short unpunctuated lines such as bylines, buttons, menu entries. */
    boolean fragment() {
        return !prose && words <= 8 && !TERMINAL.matcher(text).find() || navigation;
    }

    /**
     * A block that could be a headline in any capitalisation: three to 22 words, not closed by a full stop
     * (headlines may ask or exclaim).
     */
    boolean headlineCandidate() {
        return words >= 3 && words <= 22 && !text.endsWith(".") && !text.endsWith(";") && !text.endsWith(",")
                && !byline() && !stamp;
    }

    /** A marker left where an advertisement stood, such as "Advertisement" or "Story continues below advert". */
    boolean adSlot() {
        return words <= 6 && AD_SLOT.matcher(text).find();
    }

    /** Speaks to the reader in the second person, in the page's own voice rather than quoting anyone. */
    boolean addressesReader() {
        return words <= 60 && READER.matcher(text).find() && !REPORTED.matcher(text).find() && !isQuoted(text);
    }

    /** This block, judged to be part of an appeal by its context. */
    BlockShape asAppeal() {
        return new BlockShape(text, words, prose, headlineLike, label, true, captionCue, credit, navigation, stamp);
    }

    /** Whether the block reports what someone said, which captions and appeals do not. */
    boolean reported() {
        return REPORTED.matcher(text).find();
    }
}
