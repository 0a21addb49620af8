package org.standpoint.extract.quotes;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Span;

/**
 * Attributes every quotation of an article, and the indirect speech of actors, by the dependency parse.
 *
 * <p>A direct quote's speaker is, first that holds: the subject of a speech verb of its sentence outside the
 * marks ("X said", "said X", "X told reporters"); X in "according to X"; the actor subject of a verb governing
 * the quoted words ("Moscow declined, describing the meeting as "one-sided""); the speaker of the quote just
 * before, when the words continue it; the speaker framed at the start of the next sentence; the last person
 * named in the sentence before. Speakers are actors where a mention resolves them; an unresolved noun phrase
 * ("a ministry official") is kept as its words. Indirect speech is "X said (that) CLAUSE" where X is an actor.
 * Speech verbs, attribution phrases, pronouns and publication nouns are the lexicon's. Stateless and thread-safe.
 */
public final class DependencyQuoteAttributor implements QuoteAttributor {
    /** Words that introduce a reported clause without being part of what was said: "(but) that". */
    private static final Set<String> LEADING = Set.of("mark", "cc");
    private final Lexicon words;
    private final Set<String> pronouns;
    private final Set<String> personal;
    private final Set<String> publications;
    private final Set<String> reporting;
    private final QuotedTerms terms;
    private final Set<String> framing;

    /** An attributor with the bundled lexicon of English words. */
    public DependencyQuoteAttributor() {
        this(Lexicon.bundled());
    }

    public DependencyQuoteAttributor(Lexicon words) {
        this.words = words;
        this.pronouns = words.withUse("pronoun", "subject");
        this.personal = words.withUse("pronoun", "person");
        this.publications = words.withUse("reference-noun", "publication");
        this.reporting = words.withUse("speech-verb", "indirect");
        this.terms = new QuotedTerms(words);
        this.framing = QuotedTerms.framingVerbs(words);
    }

    private record Attribution(Speaker speaker, String rule) {
    }

    @Override
    public List<Quote> attribute(Annotation annotation, String body, List<Mention> mentions) {
        ArticleFrames article = new ArticleFrames(annotation, body, mentions, words);
        SpeakerNames names = new SpeakerNames(mentions, words);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (QuotedSpan q : article.quotes()) {
            Quote quote = direct(article, names, q, previous);
            if (quote != null) {
                out.add(quote);
                previous = quote;
            }
        }
        for (int s = 0; s < article.sentenceCount(); s++) {
            out.addAll(indirect(article, s));
        }
        return out;
    }

    private Quote direct(ArticleFrames article, SpeakerNames names, QuotedSpan q, Quote previous) {
        Span words = wordsOf(q, article.body());
        List<Integer> sentences = article.sentencesOverlapping(words);
        if (words.length() == 0 || sentences.isEmpty() || terms.isTerm(article, q, sentences)) {
            return null;
        }
        Attribution found = framed(article, q, sentences, previous)
                .or(() -> unframed(article, q, sentences, previous))
                .orElse(new Attribution(Speaker.UNKNOWN, "direct:unattributed"));
        if (found.speaker().code() == null && found.speaker().name() != null) {
            Attribution phrase = found;
            found = names.resolve(found.speaker().name(), sentences.get(sentences.size() - 1))
                    .map(r -> new Attribution(new Speaker(r.name(), r.code(), false, List.of(r.how())), phrase.rule() + "+" + r.how()))
                    .orElse(found);
        }
        return new Quote(sentences.get(0), words, words.of(article.body()), found.speaker().name(),
                found.speaker().code(), QuoteKind.DIRECT, found.rule(),
                Provenance.of(found.rule(), found.speaker().entries()));
    }

    /** The quoted words without the marks, and without the comma or spaces before the closing mark. */
    private static Span wordsOf(QuotedSpan q, String body) {
        int start = q.span().start();
        int end = q.span().end();
        while (start < end && !Character.isLetterOrDigit(body.codePointAt(start)) && body.charAt(start) != '[') {
            start++;
        }
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ",\"\u201d".indexOf(body.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    /** A speech frame in the quote's own sentences, or "according to". */
    private Optional<Attribution> framed(ArticleFrames article, QuotedSpan q, List<Integer> sentences, Quote previous) {
        for (int s : sentences) {
            SpeechFrames f = article.frames(s);
            List<Integer> quoted = article.tokensWithin(s, q.span());
            Optional<Integer> verb = f.verbFor(quoted);
            if (verb.isPresent()) {
                Optional<Integer> subject = f.subjectOf(verb.get()).or(() -> f.invertedSpeaker(verb.get(), quoted));
                if (subject.isPresent()) {
                    String how = subject.get() > verb.get() ? "said-inverted"
                            : verb.get() > quoted.get(quoted.size() - 1) ? "said-after" : "said-before";
                    return Optional.of(speakerAt(article, s, subject.get(), previous, "direct:" + how));
                }
                Optional<Speaker> named = f.namedBefore(verb.get(), quoted).map(span -> nameBetween(article, s, span));
                if (named.isPresent()) {
                    return Optional.of(new Attribution(named.get(), "direct:said-after+name"));
                }
            }
        }
        for (int s : sentences) {
            Optional<Integer> source = article.frames(s).accordingTo();
            if (source.isPresent()) {
                return Optional.of(speakerAt(article, s, source.get(), previous, "direct:according-to"));
            }
        }
        return Optional.empty();
    }

    /** Words quoted without a speech frame: a governing actor, the previous quote, or the context. */
    private Optional<Attribution> unframed(ArticleFrames article, QuotedSpan q, List<Integer> sentences, Quote previous) {
        int first = sentences.get(0);
        int last = sentences.get(sentences.size() - 1);
        for (int s : sentences) {
            Optional<Mention> actor = article.frames(s).governingActor(article.tokensWithin(s, q.span()));
            if (actor.isPresent()) {
                return Optional.of(new Attribution(Speaker.of(actor.get()), "direct:governing-subject"));
            }
        }
        for (int s : sentences) {
            Optional<Integer> person = article.frames(s).governingPerson(article.tokensWithin(s, q.span()), framing);
            if (person.isPresent()) {
                ArticleFrames.Name n = article.nameAt(s, person.get());
                String name = article.span(s, n.first(), n.last()).of(article.body());
                return Optional.of(new Attribution(new Speaker(name, null, false, List.of()), "direct:governing-person"));
            }
        }
        if (previous != null && previous.speaker() != null && previous.sentence() >= first - 1) {
            return Optional.of(new Attribution(speakerOf(previous), "direct:previous-quote"));
        }
        if (last + 1 < article.sentenceCount()) {
            Optional<Mention> next = openingSpeaker(article.frames(last + 1));
            if (next.isPresent()) {
                return Optional.of(new Attribution(Speaker.of(next.get()), "direct:next-sentence"));
            }
        }
        return article.lastPerson(first - 1).map(m -> new Attribution(Speaker.of(m), "direct:previous-sentence"));
    }

    /** The actor of a speech frame that opens a sentence: "He added ...", "Juppe said ...". */
    private static Optional<Mention> openingSpeaker(SpeechFrames f) {
        for (int i = 0; i < f.tree().size(); i++) {
            if (f.isSpeechVerb(i)) {
                Optional<Integer> subject = f.subjectOf(i).filter(s -> s <= 3);
                if (subject.isPresent()) {
                    return f.mentionAt(subject.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Speaker speakerOf(Quote q) {
        return new Speaker(q.speaker(), q.speakerCode(), q.speakerCode() != null, q.provenance().entries());
    }

    /**
     * The speaker a subject stands for: its actor (for a pronoun, the one the actors stage resolved it to); for a
     * pronoun left unresolved, the previous quote's speaker, else the last person named; or its own words.
     */
    private Attribution speakerAt(ArticleFrames article, int sentence, int subject, Quote previous, String rule) {
        SpeechFrames f = article.frames(sentence);
        DependencyGraph t = f.tree();
        boolean pronoun = pronouns.contains(t.word(subject));
        Optional<Mention> own = f.mentionAt(subject);
        if (own.isPresent()) {
            // a pronoun the actors stage resolved ("Delegates met Merkel. ... she said")
            return new Attribution(Speaker.of(own.get()), pronoun ? rule + "+coreference" : rule);
        }
        if (pronoun) {
            Optional<Speaker> since = personal.contains(t.word(subject))
                    ? namedSince(article, sentence, subject, previous) : Optional.empty();
            if (since.isPresent()) {
                return new Attribution(since.get(), rule + "+named-since");
            }
            if (previous != null && previous.speaker() != null) {
                return new Attribution(speakerOf(previous), rule + "+previous-quote");
            }
            return article.lastPerson(sentence - 1).or(() -> article.lastPerson(sentence))
                    .map(m -> new Attribution(Speaker.of(m), rule + "+previous-sentence"))
                    .orElse(new Attribution(Speaker.UNKNOWN, rule + "+unresolved"));
        }
        if (publications.contains(t.lemma(subject))) {
            Optional<Mention> medium = article.lastMediumBefore(sentence);
            if (medium.isPresent()) {
                return new Attribution(Speaker.of(medium.get()), rule + "+medium");
            }
        }
        String phrase = phrase(article, sentence, subject);
        String code = f.mentionWithin(subject).map(Mention::code).orElse(null);
        return new Attribution(new Speaker(phrase, code, false, List.of()), rule + "+phrase");
    }

    /**
     * The person a pronoun no mention resolved stands for when someone else was named since the previous quote
     * ("... he said. Marco Villa, the firm's chief, said it would grow. "We start small," he said."): for "he" or
     * "she", the person named first as a subject in the last sentence naming one after the previous quote's
     * sentences (or in the sentence before, when no quote came before), unless that is the previous quote's
     * speaker. A named object ("after meeting Hollande") is
     * passed over: the speaker carries on.
     */
    private static Optional<Speaker> namedSince(ArticleFrames article, int sentence, int subject, Quote previous) {
        int from = previous == null ? sentence - 1 : article.lastSentenceOf(previous.span()) + 1;
        Optional<ArticleFrames.Name> name = article.lastSubjectPerson(from, sentence, subject);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ArticleFrames.Name n = name.get();
        String words = article.span(n.sentence(), n.first(), n.last()).of(article.body());
        if (previous != null && previous.speaker() != null && sameName(words, previous.speaker())) {
            return Optional.empty();
        }
        return article.frames(n.sentence()).mentionAt(n.last()).map(Speaker::of)
                .or(() -> Optional.of(new Speaker(words, null, false, List.of())));
    }

    /** Whether two names share their last word: "Villa" and "Marco Villa". */
    private static boolean sameName(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }

    /**
     * The speaker a name stands for between a quotation and its speech verb ("... de Mistura told reporters"): the
     * name's own words, with the code of the first actor named after the quotation in the stretch.
     */
    private static Speaker nameBetween(ArticleFrames article, int sentence, SpeechFrames.Name name) {
        String words = article.span(sentence, name.first(), name.last()).of(article.body());
        return name.actor().map(m -> new Speaker(words, m.code(), false, m.provenance().entries()))
                .orElse(new Speaker(words, null, false, List.of()));
    }

    /** The words of a noun phrase without its relative clauses, appositions and punctuation. */
    private static String phrase(ArticleFrames article, int sentence, int head) {
        DependencyGraph t = article.frames(sentence).tree();
        int first = head;
        int last = head;
        for (int i : t.dominated(head)) {
            if (!cutOff(t, head, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return article.span(sentence, first, last).of(article.body());
    }

    private static boolean cutOff(DependencyGraph t, int head, int i) {
        for (int k = i; k != head && k >= 0; k = t.treeParent(k)) {
            String rel = t.relationToParent(k);
            // "case" leaves out the attribution words of "according to X"
            if (rel.startsWith("acl") || rel.startsWith("appos") || rel.equals("punct") || rel.startsWith("nmod")
                    || rel.equals("case")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reported clause is a conjunct of one of {@code clauses} ("reported that A was closed, and B
     * reopened"): the enhanced graph hangs B from the speech verb too, and the two are one report.
     */
    private static boolean conjunctOf(DependencyGraph t, int clause, List<Integer> clauses) {
        return t.incoming(clause).stream().anyMatch(d -> d.relation().startsWith("conj") && clauses.contains(d.governor()));
    }

    /** "X said (that) CLAUSE" where X is an actor and the clause holds no quotation marks. */
    private List<Quote> indirect(ArticleFrames article, int sentence) {
        SpeechFrames f = article.frames(sentence);
        DependencyGraph t = f.tree();
        List<Quote> out = new ArrayList<>();
        for (int verb = 0; verb < t.size(); verb++) {
            if (!f.isSpeechVerb(verb) || !reporting.contains(t.lemma(verb))) {
                continue;
            }
            Optional<Mention> speaker = f.subjectOf(verb).flatMap(f::mentionAt);
            if (speaker.isEmpty()) {
                continue;
            }
            int v = verb;
            List<Integer> clauses = t.children(verb, "ccomp").stream().filter(c -> t.treeParent(c) == v).toList();
            for (int clause : clauses) {
                if (conjunctOf(t, clause, clauses)) {
                    continue;
                }
                List<Integer> tokens = new ArrayList<>(t.dominated(clause));
                for (int other : clauses) {
                    if (conjunctOf(t, other, List.of(clause))) {
                        tokens.addAll(t.dominated(other));
                    }
                }
                tokens = tokens.stream().distinct().sorted().toList();
                if (tokens.stream().anyMatch(f::isQuoted)) {
                    continue;
                }
                int first = tokens.get(0);
                while (first < clause && LEADING.contains(t.relationToParent(first)) && t.treeParent(first) == clause) {
                    first = tokens.get(tokens.indexOf(first) + 1);
                }
                int last = tokens.get(tokens.size() - 1);
                while (last > clause && t.relationToParent(last).equals("punct")) {
                    last = tokens.get(tokens.indexOf(last) - 1);
                }
                Span span = article.span(sentence, first, last);
                List<String> entries = new ArrayList<>(List.of("speech-verb:" + t.lemma(verb)));
                entries.addAll(speaker.get().provenance().entries());
                out.add(new Quote(sentence, span, span.of(article.body()), speaker.get().name(),
                        speaker.get().code(), QuoteKind.INDIRECT, "indirect:" + t.lemma(verb) + "-ccomp",
                        Provenance.of("indirect:ccomp", entries)));
            }
        }
        return out;
    }
}
