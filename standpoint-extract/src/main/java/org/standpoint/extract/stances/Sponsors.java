package org.standpoint.extract.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.model.Dependency;
import org.standpoint.model.Mention;

/**
 * Whoever puts a measure forward supports it: the actors of a sponsoring modifier ("a French-led resolution", "a
 * US-Russian-brokered ceasefire"), the agents of a sponsoring participle ("a truce brokered by Russia and
 * Turkey"), the country that owns it ("Russia's proposal") and the pair of countries that make it ("a US-Russia
 * deal") — but not the country the measure is about nor a city, which name its place ("Syria's truce"). One country
 * as a compound ("the Libya resolution", "the Astana talks") names the measure's topic or place as often as its
 * author, and is left out.
 */
final class Sponsors {
    /** Relations by which a sponsoring participle names who sponsors: "by", "between", the passive agent. */
    private static final Set<String> AGENTS = Set.of("obl:agent", "obl:by", "nmod:by", "obl:between", "nmod:between");

    /**
     * Who put a measure forward, and how that was said.
     *
     * @param word the sponsoring word ("led", "brokered") or the owner's head
     * @param entry the lexicon entry that fired ({@code sponsor-word:lead}), or {@code owner:possessive} or {@code owner:pair}
     */
    record Sponsor(List<Mention> holders, int word, String entry) {
    }

    private final DependencyGraph g;
    private final Holders holders;
    private final Set<String> sponsoring;
    private final ArticleContext article;
    private final Cues cues;

    Sponsors(DependencyGraph g, Holders holders, Set<String> sponsoring, ArticleContext article, Cues cues) {
        this.g = g;
        this.holders = holders;
        this.sponsoring = sponsoring;
        this.article = article;
        this.cues = cues;
    }

    /** Whether {@code token} names a measure: it heads a policy cue that is a noun ("the resolution"). */
    boolean isMeasure(int token) {
        return g.isNoun(token) && cues.headedBy(token).isPresent();
    }

    /** The sponsors of the measure at {@code cue}. */
    List<Sponsor> of(int cue) {
        List<Sponsor> out = new ArrayList<>();
        for (int a : g.children(cue, "amod")) {
            if (sponsoring(a)) {
                out.add(new Sponsor(holders.under(a), a, "sponsor-word:" + g.lemma(a)));
            }
        }
        for (int a : g.children(cue, "acl")) {
            if (sponsoring(a) && g.parent(a, Set.of("acl:relcl")) < 0) {
                out.add(new Sponsor(agents(a), a, "sponsor-word:" + g.lemma(a)));
            }
        }
        // "a truce brokered by Russia" parsed with the truce as the subject of "brokered": a measure brokers nothing.
        for (Dependency d : g.governing(cue)) {
            if (d.relation().startsWith("nsubj") && sponsoring(d.governor()) && g.children(d.governor(), "obj").isEmpty()) {
                out.add(new Sponsor(agents(d.governor()), d.governor(), "sponsor-word:" + g.lemma(d.governor())));
            }
        }
        for (int o : g.children(cue, "nmod:poss")) {
            out.add(new Sponsor(owners(joined(o)), o, "owner:possessive"));
        }
        for (String rel : new String[] {"compound", "amod"}) {
            List<Integer> modifiers = g.children(cue, rel).stream().filter(m -> !sponsoring(m)).toList();
            List<Mention> pair = owners(modifiers.stream().flatMap(m -> joined(m).stream()).toList());
            if (pair.stream().map(Mention::code).map(DependencyStanceDetector::country).distinct().count() >= 2) {
                out.add(new Sponsor(pair, modifiers.get(0), "owner:pair"));
            }
        }
        return out.stream().filter(s -> !s.holders().isEmpty()).toList();
    }

    /** A modifier with the words joined to it by hyphen or coordination: "US-Russia", "Turkish-Qatari". */
    private List<Integer> joined(int modifier) {
        List<Integer> words = new ArrayList<>(List.of(modifier));
        for (String rel : new String[] {"compound", "amod", "dep", "conj"}) {
            words.addAll(g.children(modifier, rel));
        }
        return words;
    }

    /** The countries named at {@code words}, but neither a city nor the country the measure is about. */
    private List<Mention> owners(List<Integer> words) {
        return words.stream().flatMap(h -> holders.direct(h).stream()).filter(Holders::countryLevel)
                .filter(m -> !article.isConflict(m.code()) && !holders.isCity(m)).distinct().toList();
    }

    private List<Mention> agents(int participle) {
        List<Mention> found = new ArrayList<>();
        for (Dependency d : g.outgoing(participle)) {
            if (AGENTS.contains(d.relation())) {
                holders.under(d.dependent()).forEach(m -> found.addAll(holders.withTextualConjuncts(m)));
            }
        }
        return found.stream().distinct().toList();
    }

    private boolean sponsoring(int token) {
        return isSponsorWord(g.lemma(token), sponsoring);
    }

    /** "drafted", "US-led": one of the {@code sponsoring} words, alone or after a hyphen. */
    static boolean isSponsorWord(String lemma, Set<String> sponsoring) {
        return sponsoring.contains(lemma) || sponsoring.stream().anyMatch(w -> lemma.endsWith("-" + w));
    }
}
