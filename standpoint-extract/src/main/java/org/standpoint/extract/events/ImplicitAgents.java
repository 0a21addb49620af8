package org.standpoint.extract.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.extract.syntax.DependencyGraph;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;
import org.standpoint.model.Provenance;

/**
 * Acts of the state whose agent a passive leaves out: "two officials were charged with misconduct", "a man was
 * detained", "Libby was sentenced to prison" are done by a country's police or courts (the lexicon's
 * {@code implicit-agent}: verb, sector and the code of the act when that body does it). The body is one of that
 * sector named in the sentence ("Taiwan prosecutors said a man was detained"), else the one of the country where
 * it happened ("arrested in Iran"), else of the country of the one it was done to. Immutable and thread-safe.
 */
final class ImplicitAgents {
    private static final String PLACE = "obl:in";
    private final Map<String, String> agents;

    ImplicitAgents(Lexicon words) {
        this.agents = words.map("implicit-agent");
    }

    /**
     * The act of an agentless passive {@code verb}, coded {@code code} unless the lexicon names the act, on the
     * actors its subject names; empty for a verb with an agent or no implicit agent, or no such actors.
     */
    Optional<Candidate> act(DependencyGraph g, Arguments args, int verb, Optional<String> code) {
        String entry = agents.get(g.lemma(verb));
        if (entry == null || args.targets().patients(verb).isEmpty() || !g.children(verb, "obl:agent").isEmpty()) {
            return Optional.empty();
        }
        String[] parts = entry.split(" ");
        String sector = parts[0];
        Optional<String> cameo = parts.length > 1 ? Optional.of(parts[1]) : code;
        List<Mention> targets = args.targets().inSlots(verb, List.of("obj"));
        if (targets.isEmpty() || cameo.isEmpty()) {
            return Optional.empty();
        }
        return body(g, args, verb, sector, targets.get(0)).map(source -> new Candidate(verb,
                cameo.get(), "implicit:" + g.lemma(verb), "implicit-agent", List.of("implicit-agent:" + g.lemma(verb)),
                List.of(source), targets.stream().map(Candidate.Target::of).toList()));
    }

    private Optional<Mention> body(DependencyGraph g, Arguments args, int verb, String sector, Mention target) {
        Optional<Mention> named = args.sentenceMentions().stream()
                .filter(m -> ActorCode.of(m.code()).sectors().contains(sector)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<String> country = args.targets().inSlots(verb, List.of(PLACE)).stream()
                .flatMap(m -> ActorCode.of(m.code()).country().stream()).findFirst()
                .or(() -> ActorCode.of(target.code()).country());
        var t = g.token(verb);
        return country.map(c -> new Mention(g.sentence().index(), verb, verb, verb, t.span(), c + sector, null, null,
                "implicit:" + g.lemma(verb) + "+" + c, Provenance.of("implicit-agent", List.of("implicit-agent:" + g.lemma(verb)))));
    }
}
