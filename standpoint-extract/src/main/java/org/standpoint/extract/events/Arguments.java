package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;

/**
 * Finds the actors that fill a predicate's roles in one sentence, one kind of argument to a class: what a word
 * names ({@link NamedActors}) or stands for ({@link Owners}), who did an act ({@link Sources}), whom it was done to
 * ({@link Targets}), and the body a measure or a sitting goes to ({@link Bodies}). Built once per sentence, so that
 * they all read the same graph and mentions; the owners they remember outlive it, for the article's later sentences.
 */
final class Arguments {
    private final NamedActors named;
    private final Owners owners;
    private final Sources sources;
    private final Bodies bodies;
    private final Targets targets;

    /**
     * @param articleMentions the article's mentions, in text order (shared, not copied: one list per article)
     * @param speakers        who speaks each direct quotation: "we" inside one is its speaker
     * @param ownersSoFar     owners of things named earlier in the article, by noun lemma; "the resolution" takes
     *                        the owner of the last resolution whose owner was given ("a French-led resolution")
     * @param words           the lexicon: pronouns, definite determiners, deployment verbs
     */
    Arguments(DependencyGraph g, List<Mention> sentenceMentions, List<Mention> articleMentions, QuoteSpeakers speakers,
              Map<String, List<Mention>> ownersSoFar, Lexicon words) {
        this.named = new NamedActors(g, sentenceMentions, speakers, words);
        this.owners = new Owners(named, ownersSoFar, words);
        this.sources = new Sources(named, owners, words);
        this.bodies = new Bodies(named, articleMentions, words);
        this.targets = new Targets(named, owners, sources, bodies, words);
    }

    /** The actor mentions of this sentence, in order. */
    List<Mention> sentenceMentions() {
        return named.mentions();
    }

    /** What words stand for: {@link Owners#actorsAt} is what any role asks of a word. */
    Owners owners() {
        return owners;
    }

    Sources sources() {
        return sources;
    }

    Targets targets() {
        return targets;
    }

    Bodies bodies() {
        return bodies;
    }

    /** Each actor once, where first found: a role names an actor once, however many ways it was reached. */
    static List<Mention> dedupe(List<Mention> ms) {
        return new ArrayList<>(new LinkedHashSet<>(ms));
    }
}
