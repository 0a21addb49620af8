package org.standpoint.extract.stances;

import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.extract.syntax.Negation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Provenance;
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
                words.words("relative-pronoun"), words.words("sponsor-word"), Negation.ofPredicates(words));
    }

    /**
     * The lexicon's words this detector reads: speech verbs whose should/must clause is the speaker's stance,
     * obligation modals, relative pronouns, words of leading or backing a measure, and negation.
     */
    record Words(Set<String> speech, Set<String> modals, Set<String> relatives, Set<String> sponsoring,
                         Negation negation) {
    }

    public static DependencyStanceDetector bundled() {
        return new DependencyStanceDetector();
    }

    /** One stance before its target is settled: {@code target} is null when the cue names none. */
    record Hit(Mention holder, String policy, String target, Polarity polarity, PartialDate date, int sentence,
               Span span, String rule, Why why) {
    }

    @Override
    public List<Stance> detect(Annotation a, String body, List<Mention> mentions, PartialDate published) {
        PartialDate month = published == null ? null : new PartialDate(published.year(), published.month(), null);
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            if (!here.isEmpty()) {
                hits.addAll(new SentenceReader(new DependencyGraph(s), lexicon, words, here, month).read());
            }
        }
        Map<String, Integer> explicit = new HashMap<>();
        hits.stream().filter(h -> h.target() != null).forEach(h -> explicit.merge(h.target(), 1, Integer::sum));
        Map<String, Integer> named = new HashMap<>();
        mentions.stream().map(m -> country(m.code())).flatMap(Optional::stream).forEach(k -> named.merge(k, 1, Integer::sum));
        Map<String, Stance> out = new LinkedHashMap<>();
        for (Hit h : hits) {
            String target = h.target();
            String rule = h.rule();
            if (target == null) {
                String own = explicit.isEmpty() ? country(h.holder().code()).orElse("") : "";
                target = mostFrequent(explicit.isEmpty() ? named : explicit, own);
                rule += "; target: the article's most frequent foreign country-level target";
            } else {
                rule += "; target: named in the cue's complement";
            }
            Stance st = new Stance(h.holder().code(), h.holder().name(), h.policy(), target, h.polarity(), h.date(),
                    h.sentence(), h.span(), h.span().of(body), rule, h.why().provenance(h.holder()));
            out.putIfAbsent(st.holder() + "|" + st.policy() + "|" + st.target() + "|" + st.polarity(), st);
        }
        return List.copyOf(out.values());
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

    private static String mostFrequent(Map<String, Integer> counts, String except) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(except))
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Country key of an actor code ({@code SYRGOV} is SYR); empty for organisations. */
    static Optional<String> country(String code) {
        return ActorCode.parse(code).flatMap(ActorCode::country);
    }
}
