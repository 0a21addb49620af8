package org.standpoint.extract.figures;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Dependency;
import org.standpoint.model.Mention;

/**
 * Who claims a count: the subject of the nearest speech verb that governs it ("the United Nations says ...",
 * "..., activists said", "Ban recommended ... a mission of 300 observers", "the United States says killed"), else
 * the source of an "according to" phrase on the way up or anywhere in the sentence, else a speech frame closing the
 * sentence ("... killed 58 civilians the Observatory said", however the parser hung it), else the speaker of the
 * quotation the count stands in. None when the article states the count itself. A speaker no mention resolves is
 * resolved by {@link ClaimantNames} ("the Observatory", "activists", "state media"). The speech verbs and
 * attribution phrases are the lexicon's for claims.
 */
final class Claimants {
    private static final int MAX_DEPTH = 30;

    /**
     * A claimant: its actor code (null when the speaker resolved to no actor) and its name.
     *
     * @param rule how it was found, in words ({@code subject of say})
     * @param kind how it was found, as provenance names it: {@code asserted}, {@code speech-subject} or
     *             {@code attribution}
     * @param entries the lexicon and dictionary entries that found and resolved it
     */
    record Claim(String code, String name, String rule, String kind, List<String> entries) {
        static final Claim NONE = new Claim(null, null, "asserted", "asserted", List.of());
    }

    private final DependencyGraph g;
    private final List<Mention> mentions;
    private final String body;
    private final Set<String> speech;
    private final List<String> attributions;
    private final ClaimantNames names;

    Claimants(DependencyGraph g, List<Mention> mentions, String body, Lexicon words, ClaimantNames names) {
        this.speech = words.withUse("speech-verb", "claim");
        this.attributions = List.copyOf(words.withUse("attribution-phrase", "claim"));
        this.g = g;
        this.mentions = mentions;
        this.body = body;
        this.names = names;
    }

    /** Who claims the count at {@code number}, with a speaker no mention resolved resolved by its words. */
    Claim of(int number) {
        Claim found = framed(number);
        if (found == Claim.NONE) {
            found = closingFrame(number).orElse(Claim.NONE);
        }
        if (found == Claim.NONE) {
            found = names.quoted(g.token(number).span().start()).orElse(Claim.NONE);
        }
        return found.code() == null && found.name() != null ? names.resolve(found, g.sentence().index()) : found;
    }

    private Claim framed(int number) {
        Set<Integer> seen = new HashSet<>();
        int cur = number;
        while (seen.add(cur) && seen.size() < MAX_DEPTH) {
            Optional<Claim> here = attributionAt(cur);
            if (here.isPresent()) {
                return here.get();
            }
            Optional<Dependency> up = g.parentEdge(cur);
            if (up.isEmpty()) {
                break;
            }
            int gov = up.get().governor();
            if (speech(gov) && !up.get().relation().startsWith("nsubj") && !up.get().relation().startsWith("csubj")) {
                Optional<Claim> speaker = subject(gov);
                if (speaker.isPresent()) {
                    return speaker.get();
                }
            }
            // "the attack the United States says killed 1,400 people", parsed with "says" as the verb's auxiliary.
            if (g.children(gov, "aux").stream().anyMatch(this::speech)) {
                Optional<Claim> speaker = subjectOf(gov, "aux:" + g.lemma(gov));
                if (speaker.isPresent()) {
                    return speaker.get();
                }
            }
            cur = gov;
        }
        return accordingToAnywhere();
    }

    /** An "according to" phrase or a parenthetical "X said" hanging from {@code node}. */
    private Optional<Claim> attributionAt(int node) {
        Optional<Claim> source = accordingTo(List.of(node));
        if (source.isPresent()) {
            return source;
        }
        // "... activists said" as a parenthesis; "X told Reuters the toll was 45" with the frame read as a subject.
        for (int k : g.outgoing(node).stream().filter(d -> d.relation().startsWith("parataxis")
                || d.relation().startsWith("csubj")).map(Dependency::dependent).toList()) {
            if (speech(k)) {
                Optional<Claim> speaker = subject(k);
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A source hanging from a node by an attribution phrase: the enhanced relation names the phrase, whole
     * ({@code obl:according_to}) or by its first word ({@code obl:according}).
     */
    private Optional<Claim> accordingTo(List<Integer> nodes) {
        for (int node : nodes) {
            for (Dependency d : g.outgoing(node)) {
                for (String phrase : attributions) {
                    if (d.relation().endsWith(":" + phrase.replace(' ', '_')) || d.relation().endsWith(":" + phrase.split(" ")[0])) {
                        return phrase(d.dependent(), phrase, "attribution", "attribution-phrase:" + phrase);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "according to" where the parser hung it somewhere the walk up did not pass. */
    private Claim accordingToAnywhere() {
        for (int i = 0; i < g.size(); i++) {
            for (String phrase : attributions) {
                if (g.readsAt(i, List.of(phrase.split(" ")))) {
                    for (Dependency d : g.governing(i)) {
                        if (d.relation().equals("case")) {
                            Optional<Claim> c = phrase(d.governor(), phrase, "attribution", "attribution-phrase:" + phrase);
                            if (c.isPresent()) {
                                return c.get();
                            }
                        }
                    }
                }
            }
        }
        return Claim.NONE;
    }

    /**
     * "... killed 58 civilians the Syrian Observatory said", "... told Reuters from Aleppo": the last speech verb of
     * the sentence, after the count, saying nothing after it (no clause of its own), with its subject or, where the
     * parser lost it, the actor named just before it.
     */
    private Optional<Claim> closingFrame(int number) {
        for (int v = g.size() - 1; v > number; v--) {
            if (!speech(v)) {
                continue;
            }
            boolean saysMore = g.outgoing(v).stream().anyMatch(d -> d.relation().startsWith("ccomp")
                    || d.relation().startsWith("xcomp") || d.relation().startsWith("parataxis"));
            if (saysMore) {
                return Optional.empty();
            }
            Optional<Claim> speaker = subject(v);
            if (speaker.isPresent()) {
                return speaker;
            }
            int verb = v;
            return mentions.stream().filter(m -> m.lastToken() < verb && m.lastToken() >= verb - 3 && m.firstToken() > number)
                    .reduce((a, b) -> b).map(m -> claim(m, "closing " + g.lemma(verb), "speech-subject", "speech-verb:" + g.lemma(verb)));
        }
        return Optional.empty();
    }

    private boolean speech(int token) {
        return token >= 0 && g.isVerb(token) && speech.contains(g.lemma(token));
    }

    /** The subject or passive subject of {@code verb}, as a claim found {@code how}. */
    private Optional<Claim> subjectOf(int verb, String how) {
        return g.outgoing(verb).stream().filter(d -> d.relation().startsWith("nsubj")).findFirst()
                .flatMap(d -> phrase(d.dependent(), "subject of " + how, "speech-subject", "speech-verb:" + how));
    }

    private Optional<Claim> subject(int verb) {
        // "3,248 cases (were) reported": a passive subject is what was reported, also where the parser took a bare
        // participle without an object for active; "reported by state media" says who
        boolean bareParticiple = g.pos(verb).equals("VBN") && g.children(verb, "aux").isEmpty()
                && g.children(verb, "obj").isEmpty();
        List<Integer> subjects = bareParticiple ? List.of() : g.activeSubjects(verb);
        if (subjects.isEmpty()) {
            return g.child(verb, "obl:agent").flatMap(a -> phrase(a, "agent of " + g.lemma(verb), "speech-subject",
                    "speech-verb:" + g.lemma(verb)));
        }
        return phrase(subjects.get(0), "subject of " + g.lemma(verb), "speech-subject", "speech-verb:" + g.lemma(verb));
    }

    private static Claim claim(Mention m, String how, String kind, String entry) {
        List<String> entries = new java.util.ArrayList<>(List.of(entry));
        entries.addAll(m.provenance().entries());
        return new Claim(m.code(), m.name(), how, kind, entries);
    }

    /** The actor a phrase names: the mention at its head, else the first mention inside it. */
    private Optional<Claim> phrase(int head, String how, String kind, String entry) {
        List<Integer> tokens = g.below(head);
        Optional<Mention> m = mentions.stream().filter(x -> x.covers(head)).findFirst()
                .or(() -> mentions.stream().filter(x -> tokens.contains(x.headToken())).findFirst());
        if (m.isPresent()) {
            return Optional.of(claim(m.get(), how, kind, entry));
        }
        int first = tokens.stream().min(Integer::compare).orElse(head);
        int last = tokens.stream().max(Integer::compare).orElse(head);
        String name = body.substring(g.token(first).span().start(), g.token(last).span().end());
        return Optional.of(new Claim(null, name, how, kind, List.of(entry)));
    }
}
