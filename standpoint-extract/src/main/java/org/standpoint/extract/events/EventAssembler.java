package org.standpoint.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.standpoint.extract.events.Candidate.Target;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.Sentence;

/**
 * Makes an asserted candidate events: one for each of its sources on each of its targets that is another actor,
 * coded as its modality says (an intended or promised act of cooperation is its intent, 03; one of pressure or force,
 * and a threatened act, is the threat of it, 13, or 130 where no more specific threat code fits), with fighting by
 * an agent of unconventional violence as assault, a denial aimed at its accuser, and PETRARCH's reverse code as the
 * target's event. The same event stated again in the article is one event, mentioned once more.
 */
final class EventAssembler {
    /** The mark of an assault-agent code that holds only on the unarmed ("police 180 unarmed"). */
    private static final String UNARMED_ONLY = "unarmed";
    /** How the actors stage names the agent noun that resolved a mention ("agents:suicide bomber"). */
    private static final String AGENT_ENTRY = "agents:";
    /** The code of an intended or promised act, by its code or root: "will meet" is 036, "will attack" 1384. */
    private final Map<String, String> intents;
    /** Agent nouns of unconventional violence and the assault (18) code of their force: suicide bomber 183. */
    private final Map<String, String> assaults;

    EventAssembler(Lexicon words) {
        this.intents = words.map("intent-code");
        this.assaults = words.map("assault-agent");
    }

    /**
     * The code of an act stated in {@code modality}: done or tried, the act's own; intended or promised, what CAMEO
     * codes for it ("will meet" the intent 036, "vowed to strike" the threat 1384); threatened, the threat of that act
     * ("threatened to impose sanctions" 1312) or, where no threat code fits it, 130. The lexicon's {@code intent-code}
     * rows give the code by the act's three digits, else by its root.
     */
    private String codeAsStated(String cameo, Modality modality) {
        if (modality != Modality.INTENDED && modality != Modality.PROMISED && modality != Modality.THREATENED) {
            return cameo;
        }
        String stated = intents.getOrDefault(cameo.substring(0, Math.min(3, cameo.length())),
                intents.getOrDefault(cameo.substring(0, 2), cameo));
        if (modality != Modality.THREATENED || stated.startsWith(CameoRoots.THREAT)) {
            return stated;
        }
        return CameoRoots.THREAT_UNSPECIFIED;
    }

    /**
     * The events of one candidate asserted in {@code modality}, added to {@code events} (the article's so far, by
     * which a denial finds its accuser) and returned.
     */
    List<Event> events(Arguments args, EventDates dates, Sentence s, String evidence, Candidate c, Modality modality,
                       Map<String, Event> events) {
        String cameo = codeAsStated(c.cameo(), modality);
        List<Target> targets = c.cameo().equals(CameoRoots.DENIAL) ? answered(c, events) : c.targets();
        if (modality == Modality.THREATENED) {
            List<Mention> aimed = args.targets().ofThreat(c.predicate());
            if (!aimed.isEmpty()) {
                targets = aimed.stream().map(Target::of).toList();
            }
        }
        if (c.cameo().startsWith(CameoRoots.CONSULT) && c.sources().size() >= 2) {
            // "Clinton and Lavrov held talks": consultation among the participants themselves too.
            List<Target> withEachOther = new ArrayList<>(targets);
            c.sources().forEach(m -> withEachOther.add(Target.of(m)));
            targets = withEachOther;
        }
        List<Event> out = new ArrayList<>();
        for (Mention src : c.sources()) {
            for (Target tgt : targets) {
                if (!distinct(c, src, tgt)) {
                    continue;
                }
                String done = assault(cameo, src, tgt);
                Event e = new Event(src.code(), src.name(), tgt.code(), tgt.name(), done, dates.of(c.predicate()),
                        modality, s.index(), s.span(), evidence, c.rule(), List.of(src.rule(), tgt.rule()), 1,
                        c.provenance(src, tgt));
                out.add(e);
                if (c.reverse() != null && modality != Modality.THREATENED) {
                    // PETRARCH's a:b code: b is what the target does to the source ("visited" / "hosted").
                    out.add(new Event(tgt.code(), tgt.name(), src.code(), src.name(), c.reverse(), e.date(),
                            e.modality(), e.sentence(), e.span(), evidence, c.rule(), List.of(tgt.rule(), src.rule()),
                            1, c.provenance(src, tgt)));
                }
            }
        }
        out.forEach(e -> add(events, e));
        return out;
    }

    /**
     * Fighting (root 19) done by an agent of unconventional violence is CAMEO's assault (18): "a suicide bomber
     * killed five" is 183, whatever the verb; the agent nouns and their codes are the lexicon's
     * {@code assault-agent}, read from the entries that named the source. A code marked {@code unarmed} (the
     * police's) is assault only on those who bear no arms: police who shoot a driver assault him, police who
     * exchange fire with gunmen fight.
     */
    private String assault(String cameo, Mention source, Target target) {
        if (!cameo.startsWith(CameoRoots.FIGHT)) {
            return cameo;
        }
        for (String entry : source.provenance().entries()) {
            String code = entry.startsWith(AGENT_ENTRY) ? assaults.get(entry.substring(AGENT_ENTRY.length())) : null;
            if (code != null) {
                String[] parts = code.split(" ");
                boolean onArmed = ActorCode.parse(target.code()).filter(ActorCode::bearsArms).isPresent();
                return parts.length > 1 && parts[1].equals(UNARMED_ONLY) && onArmed ? cameo : parts[0];
            }
        }
        return cameo;
    }

    /**
     * Whom a denial answers: the latest accuser (112) in the article of the denier's side ("US officials believe
     * Russian aircraft were responsible, but Moscow has denied involvement"; "the opposition blamed the army ...
     * the army denied any involvement"); else the targets its pattern found, but not the denier's own side's
     * ("denied involvement and the Russian Defense Ministry"); else no one.
     */
    private static List<Target> answered(Candidate c, Map<String, Event> events) {
        List<ActorCode> deniers = c.sources().stream().map(m -> ActorCode.of(m.code())).toList();
        Predicate<String> denierSide = code -> deniers.stream().anyMatch(d -> sameSide(d, ActorCode.of(code)));
        List<Event> before = new ArrayList<>(events.values());
        for (int k = before.size() - 1; k >= 0; k--) {
            Event e = before.get(k);
            if (e.cameo().startsWith(CameoRoots.ACCUSATION) && denierSide.test(e.target()) && !denierSide.test(e.source())) {
                return List.of(new Target(e.source(), e.sourceName(), "accuser:" + e.rule(), List.of()));
            }
        }
        return c.targets().stream().filter(t -> !denierSide.test(t.code())).toList();
    }

    /**
     * Whether two actors are on one side: of one country (or organisation) and, within a country, both of the state
     * or both of its own opposition, rebels or people ("the army denied" answers the opposition's accusation).
     */
    private static boolean sameSide(ActorCode a, ActorCode b) {
        return a.countryKey().equals(b.countryKey()) && a.aimsAtHome() == b.aimsAtHome();
    }

    /**
     * Whether source and target are two actors. A statement may be about the speaker's own country ("Lam said
     * Hong Kong will thrive"); any other act needs another actor than its doer. Agents of no known country that
     * share a sector are two when named differently ("lawyers boycotted the courts": JUD on JUD), since their code
     * says only what they are, not whose.
     */
    private static boolean distinct(Candidate c, Mention source, Target target) {
        if (PetrarchCandidates.STATEMENT_RULE.equals(c.ruleId())) {
            return !source.code().equals(target.code());
        }
        ActorCode doer = ActorCode.of(source.code());
        if (doer.isSectorOnly() && doer.value().equals(target.code())) {
            return source.name() != null && target.name() != null && !source.name().equalsIgnoreCase(target.name());
        }
        return !doer.isSameActor(ActorCode.of(target.code()));
    }

    /** One event per source, code, target and modality: a repeated statement counts as another mention. */
    private static void add(Map<String, Event> events, Event e) {
        events.merge(e.source() + ">" + e.cameo() + ">" + e.target() + ">" + e.modality(), e,
                (a, b) -> a.withMentions(a.mentions() + 1));
    }
}
