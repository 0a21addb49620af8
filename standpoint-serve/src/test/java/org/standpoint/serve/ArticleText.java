package org.standpoint.serve;

import java.util.List;
import org.standpoint.model.Event;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;

/**
 * The body of an invented article, one sentence a paragraph, and extraction records placed in it by the words
 * they cover, so every span of the sample store is computed, never counted by hand.
 */
final class ArticleText {
    /** An actor as the records name it. */
    record Who(String code, String name) {
    }

    private final List<String> sentences;
    final String body;

    ArticleText(String... sentences) {
        this.sentences = List.of(sentences);
        this.body = String.join("\n\n", sentences);
    }

    /** The first place {@code words} occur in sentence {@code sentence}. */
    Span span(int sentence, String words) {
        int start = sentenceStart(sentence);
        int at = sentences.get(sentence).indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("sentence " + sentence + " does not contain " + words);
        }
        return new Span(start + at, start + at + words.length());
    }

    Mention mention(int sentence, String words, Who who, String role) {
        Span s = span(sentence, words);
        String before = body.substring(sentenceStart(sentence), s.start()).strip();
        int first = before.isEmpty() ? 0 : before.split("\\s+").length;
        int last = first + words.split("\\s+").length - 1;
        return new Mention(sentence, first, last, last, s, who.code(), who.name(), role, "test:" + words);
    }

    /** An event stated by a whole sentence. */
    Event event(int sentence, Who source, Who target, String cameo, String date, Modality modality) {
        String evidence = sentences.get(sentence);
        return new Event(source.code(), source.name(), target.code(), target.name(), cameo, date(date), modality,
                sentence, span(sentence, evidence), evidence, "test:" + cameo, List.of("test:" + source.code()), 1);
    }

    Stance stance(int sentence, String words, Who holder, String policy, Polarity polarity, String date) {
        return new Stance(holder.code(), holder.name(), policy, "SYR", polarity, date(date), sentence,
                span(sentence, words), words, "test:" + policy);
    }

    Quote quote(int sentence, String words, Who speaker) {
        return new Quote(sentence, span(sentence, words), words, speaker.name(), speaker.code(), QuoteKind.DIRECT, "test:said");
    }

    /** A figure whose bound is read off its words: "at least 40", "more than 40", "about 40" or "40". */
    Figure figure(int sentence, String words, String what, long count, Who claimant, String asOf) {
        FigureBound bound = words.startsWith("at least") ? FigureBound.AT_LEAST : words.startsWith("more than")
                ? FigureBound.MORE_THAN : words.startsWith("about") ? FigureBound.ABOUT : FigureBound.EXACT;
        return new Figure(what, count, bound, claimant.code(), claimant.name(), date(asOf), sentence,
                span(sentence, words), sentences.get(sentence), "test:figure");
    }

    private int sentenceStart(int sentence) {
        int start = 0;
        for (int i = 0; i < sentence; i++) {
            start += sentences.get(i).length() + 2;
        }
        return start;
    }

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
    }
}
