package org.standpoint.extract.events;

import static org.standpoint.extract.events.Arguments.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;

/**
 * The organisation an act goes to though no slot of its predicate names it: the body that votes on a measure put
 * forward ("France put forward a resolution" goes to the Security Council) and the body whose sitting is asked for
 * ("called for a meeting"). Such acts are made to a body by their nature, so the body is found inside the measure's
 * or the requesters' phrase, or for a measure earlier in the article. The nouns of measures and sittings are the
 * lexicon's {@code measure-noun} and {@code gathering-noun}.
 */
final class Bodies {
    private final DependencyGraph g;
    private final NamedActors named;
    /** The article's mentions, in text order (shared, not copied: one list per article). */
    private final List<Mention> articleMentions;
    /** Nouns of measures a body votes on ("resolution", "draft"): proposing one appeals to that body. */
    private final Set<String> measures;
    /** Nouns of a body's sittings ("meeting", "session"): a request for one is made to the body that sits. */
    private final Set<String> gatherings;

    Bodies(NamedActors named, List<Mention> articleMentions, Lexicon words) {
        this.g = named.graph();
        this.named = named;
        this.articleMentions = articleMentions;
        this.measures = words.words("measure-noun");
        this.gatherings = words.words("gathering-noun");
    }

    /**
     * The body a request for a sitting of its own is made to ("called for a meeting", "requested an urgent
     * session") where the sitting names no owner: the organisation its requesters belong to, named on the subject
     * ("Security Council members Germany Belgium and Poland called for a session"). Empty where the request is for something else, or the
     * requesters belong to no organisation (a country's diplomats ask no body of theirs).
     */
    List<Mention> ofSitting(int verb, List<String> slots) {
        boolean sitting = slots.stream().flatMap(slot -> g.children(verb, slot).stream())
                .anyMatch(n -> gatherings.contains(g.lemma(n).toLowerCase(Locale.ROOT)));
        if (!sitting) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int subject : g.children(verb, "nsubj")) {
            // The organisation named inside the subject's phrase, not as one of the requesters themselves.
            List<Integer> phrase = g.dominated(subject);
            List<Mention> requesters = named.actorsItself(subject);
            named.mentions().stream().filter(m -> phrase.contains(m.headToken()) && !requesters.contains(m))
                    .filter(m -> ActorCode.of(m.code()).isOrganisation()).forEach(out::add);
        }
        return dedupe(out);
    }

    /**
     * "France put forward a resolution", "a Council resolution drafted by France": a measure goes to the body that
     * votes on it, named in the measure's phrase ("a UN Security Council resolution") or, where not, the last
     * intergovernmental organisation the article named up to here. The measure is the verb's object or the noun a
     * participle describes; empty where neither is a measure ({@code measure-noun}).
     */
    List<Mention> ofMeasure(int verb) {
        List<Integer> measure = new ArrayList<>(g.children(verb, "obj"));
        g.incoming(verb).stream().filter(d -> d.relation().startsWith("acl")).forEach(d -> measure.add(d.governor()));
        for (int m : measure) {
            if (m < 0 || !measures.contains(g.lemma(m).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> phrase = g.dominated(m);
            List<Mention> inPhrase = named.mentions().stream()
                    .filter(x -> phrase.contains(x.headToken()) && intergovernmental(x)).toList();
            if (!inPhrase.isEmpty()) {
                return inPhrase;
            }
            int sentence = g.sentence().index();
            return articleMentions.stream().filter(x -> intergovernmental(x)
                            && (x.sentence() < sentence || x.sentence() == sentence && x.lastToken() < verb))
                    .reduce((a, b) -> b).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static boolean intergovernmental(Mention m) {
        return ActorCode.parse(m.code()).filter(ActorCode::isIntergovernmental).isPresent();
    }
}
