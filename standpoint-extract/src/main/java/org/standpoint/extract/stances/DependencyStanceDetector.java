package org.standpoint.extract.stances;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.Negation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Conflict;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;

/**
 * Reads stances off the dependency graph: from each policy cue ("resign", "sanctions") it walks up at most
 * three edges to the nearest stance predicate ("calls for", "opposes"), whose subject or owner holds the
 * stance. Negation on the way flips the polarity, and a predicate over a predicate composes ("opposes calls
 * for Assad to resign" opposes the exit). "X said Y should resign" makes the speaker a supporter. Holders
 * must be resolved actors; an unresolved pronoun yields nothing.
 */
public final class DependencyStanceDetector implements StanceDetector {
    private final StanceLexicon lexicon;
    private final Words words;

    public DependencyStanceDetector() {
        this(StanceLexicon.bundled());
    }

    /** A detector of {@code lexicon}'s policies and stance words, with the bundled lexicon of English words. */
    public DependencyStanceDetector(StanceLexicon lexicon) {
        this(lexicon, Lexicon.bundled());
    }

    /** A detector of {@code lexicon}'s policies and stance words, reading speech verbs, modals and negators from {@code words}. */
    public DependencyStanceDetector(StanceLexicon lexicon, Lexicon words) {
        this.lexicon = lexicon;
        this.words = new Words(words.withUse("speech-verb", "stance"), words.withUse("modal", "obligation"),
                words.words("relative-pronoun"), words.words("sponsor-word"), words.withUse("definite", "reference"),
                words.withUse("pronoun", "first-person"), words.words("coordinator"), words.words("adjunct-preposition"),
                words.words("measure-marker"), Negation.ofPredicates(words));
    }

    /**
     * The lexicon's words this detector reads: speech verbs whose should/must clause is the speaker's stance,
     * obligation modals, relative pronouns, words of leading or backing a measure, definite determiners that
     * refer back ("the agreement"), first-person pronouns (a quotation's speaker), coordinators, prepositions of
     * adjuncts that carry no stance's content ("at the talks"), words that mark a context cue as a measure of
     * states ("an independent investigation", "vetoed a resolution") and negation.
     */
    record Words(Set<String> speech, Set<String> modals, Set<String> relatives, Set<String> sponsoring,
                 Set<String> definite, Set<String> firstPerson, Set<String> coordinators, Set<String> adjuncts,
                 Set<String> measureMarkers, Negation negation) {
    }

    public static DependencyStanceDetector bundled() {
        return new DependencyStanceDetector();
    }

    /** One stance before its target is settled: {@code target} is null when the cue names none. */
    record Hit(Mention holder, String policy, String target, Polarity polarity, PartialDate date, int sentence,
               Span span, String rule, Why why) {
    }

    @Override
    public List<Stance> detect(Annotation a, String body, List<Mention> mentions, List<Quote> quotes, PartialDate published) {
        PartialDate month = published == null ? null : new PartialDate(published.year(), published.month(), null);
        Optional<Conflict> conflict = Conflict.of(mentions);
        ArticleContext article = new ArticleContext(conflict.map(Conflict::country).orElse(null), Set.of(), quotes);
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            SentenceReader reader = new SentenceReader(new DependencyGraph(s), lexicon, words, here, month, article);
            hits.addAll(reader.read());
            article = article.naming(reader.named());
        }
        Map<String, Integer> explicit = new LinkedHashMap<>();
        hits.stream().filter(h -> h.target() != null).forEach(h -> explicit.merge(h.target(), 1, Integer::sum));
        Map<String, Stance> out = new LinkedHashMap<>();
        for (Hit h : hits) {
            String target = h.target();
            String rule = h.rule();
            if (target != null) {
                rule += "; target: named in the cue's complement";
            } else if (ActorCode.of(h.holder().code()).aimsAtHome() && country(h.holder().code()).isPresent()) {
                target = country(h.holder().code()).get();
                rule += "; target: the holder's own country";
            } else {
                target = conflictTarget(conflict, h.holder(), mentions, explicit);
                rule += "; target: the article's conflict";
            }
            Stance st = new Stance(h.holder().code(), h.holder().name(), h.policy(), target, h.polarity(), h.date(),
                    h.sentence(), h.span(), h.span().of(body), rule, h.why().provenance(h.holder()));
            out.putIfAbsent(st.holder() + "|" + st.policy() + "|" + st.target() + "|" + st.polarity(), st);
        }
        return List.copyOf(out.values());
    }

    /**
     * The conflict a position without a named target aims at: the article's where it names that country's own
     * sides; else the target the article's other stances name most; else, as a government's positions aim
     * abroad, the country named most other than the holder's own.
     */
    private static String conflictTarget(Optional<Conflict> conflict, Mention holder, List<Mention> mentions,
                                         Map<String, Integer> explicit) {
        if (conflict.isEmpty() || conflict.get().fought()) {
            return conflict.map(Conflict::country).orElse(null);
        }
        Optional<String> named = explicit.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
        if (named.isPresent()) {
            return named.get();
        }
        String own = country(holder.code()).orElse("");
        return Conflict.of(mentions, own).map(Conflict::country).orElse(conflict.get().country());
    }

    /**
     * Why a stance was read, before its holder is known: the rule ({@code cue-predicate}, {@code
     * cue-predicate-under} for a predicate over another, {@code sponsor}, {@code should-speaker}) and the lexicon
     * entries that fired.
     */
    record Why(String rule, List<String> entries) {
        static Why of(String rule, StanceLexicon.Cue cue, String entry) {
            return new Why(rule, List.of("policies:" + cue.policy() + "=" + String.join(" ", cue.lemmas()), entry));
        }

        Why under(String outerEntry) {
            List<String> more = new ArrayList<>(entries);
            more.add(outerEntry);
            return new Why(rule + "-under", more);
        }

        Provenance provenance(Mention holder) {
            List<String> all = new ArrayList<>(entries);
            all.addAll(holder.provenance().entries());
            return Provenance.of(rule, all);
        }
    }

    /** Country key of an actor code ({@code SYRGOV} is SYR); empty for organisations. */
    static Optional<String> country(String code) {
        return ActorCode.parse(code).flatMap(ActorCode::country);
    }
}
