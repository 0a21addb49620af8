package org.standpoint.extract.events;

import org.standpoint.extract.syntax.DependencyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.Sentence;
import org.standpoint.extract.events.Candidate.Target;
import org.standpoint.model.cameo.QuadClass;

/**
 * Codes events from verb and noun patterns over each sentence's enhanced dependency graph: the predicate's
 * lexicon entry gives the CAMEO code and where its target stands; its subject (or owner, for a noun) is the
 * source. Coordinated actors give one event each; negated, hypothetical and questioned predicates give none;
 * events inside reported speech are coded for their own subject, and appeals made by saying that someone
 * "should" act are coded for the speaker. The same event stated twice in an article is one event.
 */
public final class DependencyEventCoder implements EventCoder {
    /** CAMEO's "make public statement", what a verb of saying codes when no pattern refines it. */
    private static final String STATEMENT = "010";
    /** The rule of a bare statement in the lead, which gives way to the speaker's other acts. */
    private static final String STATEMENT_RULE = "lead-statement";
    /** The rule of a de-escalation, stopping one's force, as provenance names it. */
    private static final String CESSATION_RULE = "cessation";
    /** CAMEO's accusations (112 and below), which a denial answers; not the rest of disapproval ("condemned"). */
    private static final String ACCUSATION = "112";
    /** CAMEO's root of conventional fighting, which an agent of unconventional violence does as assault. */
    private static final String FIGHT_ROOT = "19";
    /** The mark of an assault-agent code that holds only on the unarmed ("police 180 unarmed"). */
    private static final String UNARMED_ONLY = "unarmed";
    /** How the actors stage names the agent noun that resolved a mention ("agents:suicide bomber"). */
    private static final String AGENT_ENTRY = "agents:";
    /** CAMEO's root of protest, whose target, where the sentence names none, is the protesters' own government. */
    private static final String PROTEST = "14";
    /** The sector of a country's government, at which its own people protest. */
    private static final String GOVERNMENT = "GOV";
    /** The relations that name whom an act is addressed to. */
    private static final java.util.Set<String> ADDRESSEE = java.util.Set.of("obl:to", "obl:with", "iobj");
    private final VerbLexicon lexicon;
    private final PatternMatcher patterns;
    private final Discards discards;
    private final Lexicon words;
    private final Modalities modalities;
    private final Appeals appeals;
    private final ImplicitAgents implicitAgents;
    /** Where a PETRARCH pattern's target stands when the pattern does not say, in order. */
    private final List<String> targetSlots;
    /** Where a verb of violence names the nominal event that did it ("killed in air raids"). */
    private final java.util.Set<String> instruments;
    /** The intent code (03) of each cooperative root: "will meet" is 036. */
    private final Map<String, String> intents;
    /** Verbs whose coordinated doers, with no other partner, act on each other, and that act: "X and Y agreed" 057. */
    private final Map<String, String> mutual;
    /** Verbs that stop the act they govern, and the code of stopping one's force: "stopped shelling X" 087. */
    private final Map<String, String> cessations;
    /** Agent nouns of unconventional violence and the assault (18) code of their force: suicide bomber 183. */
    private final Map<String, String> assaults;
    /** The first two words (lemmas) of a photo caption ("in this"), and the nouns of pictures it then names. */
    private final java.util.Set<String> captionOpenings;
    private final java.util.Set<String> captionNouns;

    /** A coder with the bundled lexicon of English words. */
    public DependencyEventCoder(VerbLexicon lexicon) {
        this(lexicon, Lexicon.bundled());
    }

    /** A coder of {@code lexicon}'s patterns over the bundled PETRARCH dictionary, reading English words from {@code words}. */
    public DependencyEventCoder(VerbLexicon lexicon, Lexicon words) {
        this(lexicon, VerbPatterns.bundled(), words);
    }

    /**
     * A coder of {@code lexicon}'s hand-written patterns, which take precedence, and of the PETRARCH dictionary
     * {@code patterns}, reading speech verbs, negators, modals and pronouns from {@code words}.
     */
    public DependencyEventCoder(VerbLexicon lexicon, VerbPatterns patterns, Lexicon words) {
        this.lexicon = lexicon;
        this.patterns = new PatternMatcher(patterns);
        this.discards = Discards.bundled();
        this.words = words;
        this.modalities = new Modalities(words);
        this.appeals = new Appeals(lexicon, words);
        this.implicitAgents = new ImplicitAgents(words);
        this.targetSlots = List.copyOf(words.words("event-target-slot"));
        this.instruments = words.words("instrument-relation");
        this.intents = words.map("intent-code");
        this.mutual = words.map("mutual-code");
        this.cessations = words.map("cessation-code");
        this.assaults = words.map("assault-agent");
        this.captionOpenings = words.words("caption-opening");
        this.captionNouns = words.words("caption-noun");
    }

    @Override
    public List<Event> code(Annotation annotation, String body, List<Mention> mentions, List<Quote> quotes,
                            PartialDate published) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Mention>> owners = new java.util.HashMap<>();
        QuoteSpeakers speakers = new QuoteSpeakers(quotes, mentions);
        if (discards.discardsStory(words(annotation.sentences()))) {
            return List.of();
        }
        for (Sentence s : annotation.sentences()) {
            DependencyGraph g = new DependencyGraph(s);
            if (discards.discardsSentence(words(List.of(s))) || caption(g)) {
                continue;
            }
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            Arguments args = new Arguments(g, here, mentions, speakers, owners, words);
            EventDates dates = new EventDates(g, annotation.times(), published);
            String evidence = s.span().of(body);
            codeSentence(g, args, dates, s, evidence, events);
            args.owners().remember();
        }
        return new ArrayList<>(events.values());
    }

    /**
     * Whether a sentence is a photo caption ("In this April 25, 2006 file photo, X speaks to reporters"): it
     * describes a picture, and what the people in it do is no event. Its opening words and the nouns of pictures
     * are the lexicon's {@code caption-opening} and {@code caption-noun}; the noun must come within the caption's
     * opening phrase (before its first verb).
     */
    private boolean caption(DependencyGraph g) {
        if (g.size() < 3 || !captionOpenings.contains(g.lemma(0).toLowerCase(java.util.Locale.ROOT) + " "
                + g.lemma(1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 2; i < g.size() && !g.isVerb(i); i++) {
            if (captionNouns.contains(g.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        sentences.forEach(s -> s.tokens().forEach(t -> out.add(t.word())));
        return out;
    }

    /**
     * Codes one sentence: every candidate but bare statements first; then the statements of speakers who are
     * coded doing nothing else there ("Turkey said Assad should step down" is Turkey's appeal, not also a
     * statement).
     */
    private void codeSentence(DependencyGraph g, Arguments args, EventDates dates, Sentence s, String evidence,
                              Map<String, Event> events) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            all.addAll(candidates(g, args, i));
        }
        java.util.Set<Integer> alleged = alleged(g, all);
        all.removeIf(c -> alleged.contains(c.predicate()));
        // The force a de-escalation stopped ("halted its strikes") is coded only as the de-escalation.
        java.util.Set<Integer> ceased = new java.util.HashSet<>();
        all.stream().filter(c -> c.ruleId().equals(CESSATION_RULE)).forEach(c -> ceased.addAll(stopped(g, c.predicate())));
        all.removeIf(c -> ceased.contains(c.predicate()));
        Map<String, List<Map.Entry<Integer, String>>> acting = new java.util.HashMap<>();
        for (Candidate c : all) {
            if (!STATEMENT_RULE.equals(c.ruleId())) {
                code(g, args, dates, s, evidence, c, events).forEach(e -> acting
                        .computeIfAbsent(e.source(), k -> new ArrayList<>()).add(Map.entry(c.predicate(), e.cameo())));
            }
        }
        for (Candidate c : all) {
            if (STATEMENT_RULE.equals(c.ruleId()) && c.sources().stream().noneMatch(m -> acting
                    .getOrDefault(m.code(), List.of()).stream().anyMatch(act -> !announced(g, c.predicate(), act)))) {
                code(g, args, dates, s, evidence, c, events);
            }
        }
    }

    /**
     * Whether {@code act} (its predicate and code) is a deed that the statement at {@code said} announces, in the
     * clause below the verb of saying: "the union said it has begun a strike" is the statement and the strike, as
     * the coders code both. Words ("'We condemn Syria,' Merkel said") are the saying itself, and outrank it.
     */
    private static boolean announced(DependencyGraph g, int said, Map.Entry<Integer, String> act) {
        QuadClass quad = QuadClass.ofRoot(Integer.parseInt(act.getValue().substring(0, 2)));
        boolean deed = quad == QuadClass.MATERIAL_COOPERATION || quad == QuadClass.MATERIAL_CONFLICT;
        return deed && act.getKey() != said
                && g.children(said, "ccomp").stream().anyMatch(clause -> g.dominates(clause, act.getKey()));
    }

    /**
     * The predicates of clauses reported as accusations ("France said Syrian forces had committed a war crime"):
     * alleged, not asserted, so coded only as the accusation.
     */
    private static java.util.Set<Integer> alleged(DependencyGraph g, List<Candidate> all) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (c.ruleId().equals(Appeals.ACCUSATION_RULE)) {
                for (var d : g.outgoing(c.predicate())) {
                    if (d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("dep")) {
                        out.add(d.dependent());
                        out.addAll(g.children(d.dependent(), "xcomp"));
                    }
                }
            }
        }
        return out;
    }

    /** The events of one candidate, added to {@code events} and returned; none if it is negated or hypothetical. */
    private List<Event> code(DependencyGraph g, Arguments args, EventDates dates, Sentence s, String evidence,
                             Candidate c, Map<String, Event> events) {
        Optional<Modality> modality = modalities.of(g, c.predicate());
        if (modality.isEmpty() || asksOnly(g, c)) {
            return List.of();
        }
        String cameo = modality.get() == Modality.THREATENED ? "130" : c.cameo();
        if (modality.get() == Modality.INTENDED || modality.get() == Modality.PROMISED) {
            // "will meet", "pledged to protect": CAMEO codes the intent (03), not the act.
            cameo = intents.getOrDefault(cameo.substring(0, 2), cameo);
        }
        List<Target> targets = c.cameo().equals(CameoRoots.DENIAL) ? answered(c, events) : c.targets();
        if (modality.get() == Modality.THREATENED) {
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
                        modality.get(), s.index(), s.span(), evidence, c.rule(), List.of(src.rule(), tgt.rule()), 1,
                        c.provenance(src, tgt));
                out.add(e);
                if (c.reverse() != null && modality.get() != Modality.THREATENED) {
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
     * Whether the predicate names whom it is addressed to ("sought to talk to protesters", "met with reporters"):
     * participants who talk to someone else, no actor, did not consult each other.
     */
    private static boolean addressed(DependencyGraph g, int predicate) {
        return g.outgoing(predicate).stream().map(d -> d.relation()).anyMatch(ADDRESSEE::contains);
    }

    /** An appeal or demand (roots 02, 10) whose matter is a question: "demanded how he could be so sure". */
    private boolean asksOnly(DependencyGraph g, Candidate c) {
        return CameoRoots.isRequest(c.cameo()) && modalities.asksQuestion(g, c.predicate());
    }

    /**
     * Fighting (root 19) done by an agent of unconventional violence is CAMEO's assault (18): "a suicide bomber
     * killed five" is 183, whatever the verb; the agent nouns and their codes are the lexicon's
     * {@code assault-agent}, read from the entries that named the source. A code marked {@code unarmed} (the
     * police's) is assault only on those who bear no arms: police who shoot a driver assault him, police who
     * exchange fire with gunmen fight.
     */
    private String assault(String cameo, Mention source, Target target) {
        if (!cameo.startsWith(FIGHT_ROOT)) {
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
        java.util.function.Predicate<String> denierSide = code -> deniers.stream().anyMatch(d -> sameSide(d, ActorCode.of(code)));
        List<Event> before = new ArrayList<>(events.values());
        for (int k = before.size() - 1; k >= 0; k--) {
            Event e = before.get(k);
            if (e.cameo().startsWith(ACCUSATION) && denierSide.test(e.target()) && !denierSide.test(e.source())) {
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
        if (STATEMENT_RULE.equals(c.ruleId())) {
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

    private List<Candidate> candidates(DependencyGraph g, Arguments args, int i) {
        List<Candidate> out = new ArrayList<>();
        Optional<Candidate> ceased = g.isVerb(i) ? cessation(g, args, i) : Optional.empty();
        if (ceased.isPresent()) {
            // "halted its strikes on X": the de-escalation is what the verb means here, whatever else it may code.
            out.add(ceased.get());
        } else if (g.isVerb(i)) {
            // The hand-written entry first; where it finds no actors for its slots, a PETRARCH pattern that matches
            // the words around the verb ("attended a ceremony"); the dictionary's bare code only for other verbs.
            int before = out.size();
            Optional<VerbLexicon.Entry> own = lookupVerb(g, i);
            own.ifPresent(e -> add(out, i, e, "verb", verbSources(g, args, i, e.cameo()), verbTargets(args, i, e), g));
            if (out.size() == before) {
                patterns.match(g, i).filter(m -> own.isEmpty() || m.rule() != null)
                        .flatMap(m -> petrarch(g, args, i, m)).ifPresent(out::add);
            }
            if (out.size() == before) {
                implicitAgents.act(g, args, i, own.map(VerbLexicon.Entry::cameo)
                        .or(() -> patterns.match(g, i).map(m -> CameoRoots.fromPetrarch(m.code().split(":")[0])))).ifPresent(out::add);
            }
            appeals.reportedAppeal(g, args, i, clause -> codeAt(g, clause)).ifPresent(out::add);
        } else if (g.isVerbTaggedAsNoun(i)) {
            // Only the hand-written entries, which name where their arguments stand: PETRARCH's bare verbs on a word
            // the tagger took for a noun ("Russia shares concerns") code more noise than events.
            lookupVerb(g, i).ifPresent(e -> add(out, i, e, "verb", verbSources(g, args, i, e.cameo()), verbTargets(args, i, e), g));
        } else if (g.isNoun(i)) {
            lexicon.noun(g.lemma(i)).ifPresent(e -> {
                List<Mention> targets = args.targets().inSlots(i, e.targets());
                if (targets.isEmpty() && e.defaultTarget() == null) {
                    targets = args.targets().ofLightVerb(i, e.targets());
                }
                if (targets.isEmpty() && e.defaultTarget() == null && CameoRoots.isRequest(e.cameo())) {
                    targets = args.targets().answerers(i);
                }
                if (targets.isEmpty() && e.defaultTarget() == null && e.cameo().startsWith(CameoRoots.CONSULT)) {
                    targets = args.targets().framePartners(i);
                }
                add(out, i, e, "noun", args.sources().ofNoun(i), targets, g);
            });
        }
        return out;
    }

    /**
     * "Turkish forces had stopped shelling Armenia", "halted the air strikes on the town": stopping
     * one's own force (an act of roots 18 to 20, as a verb or a noun) is de-escalation (the lexicon's
     * {@code cessation-code}: 087), by the stopping verb's doers on the force's targets. The force itself is not
     * coded ({@code embedding-verb}: nothing happened under "stop").
     */
    private Optional<Candidate> cessation(DependencyGraph g, Arguments args, int verb) {
        String lemma = g.lemma(verb).toLowerCase(java.util.Locale.ROOT);
        String code = cessations.get(lemma);
        if (code == null) {
            return Optional.empty();
        }
        for (int act : stopped(g, verb)) {
            Optional<VerbLexicon.Entry> noun = g.isNoun(act) ? lexicon.noun(g.lemma(act)) : Optional.empty();
            Optional<String> force = g.isVerb(act) ? codeAt(g, act) : noun.map(VerbLexicon.Entry::cameo);
            if (!CameoRoots.isForce(force)) {
                continue;
            }
            List<Mention> sources = args.sources().ofVerb(verb);
            List<Mention> targets = args.targets().inSlots(act, noun.map(VerbLexicon.Entry::targets).orElse(targetSlots),
                    t -> sources.stream().noneMatch(d -> ActorCode.of(d.code()).isSameActor(ActorCode.of(t.code()))));
            if (!sources.isEmpty() && !targets.isEmpty()) {
                return Optional.of(new Candidate(verb, code, "verb:" + lemma + "+force", CESSATION_RULE,
                        List.of("cessation-code:" + lemma), sources, Candidate.others(sources, targets).stream().map(Target::of).toList()));
            }
        }
        return Optional.empty();
    }

    /** The acts a verb of stopping governs: its infinitive or gerund, or its object ("halted the strikes"). */
    private static List<Integer> stopped(DependencyGraph g, int verb) {
        List<Integer> stopped = new ArrayList<>(g.children(verb, "xcomp"));
        g.children(verb, "dep").stream().filter(d -> Modalities.gerundHead(g, d).isPresent()).forEach(stopped::add);
        g.children(verb, "obj").stream().filter(g::isNoun).forEach(stopped::add);
        return stopped;
    }

    /** A candidate of a PETRARCH pattern: its markers say where source and target stand, or else the usual places. */
    private Optional<Candidate> petrarch(DependencyGraph g, Arguments args, int verb, PatternMatcher.Match m) {
        List<Mention> sources = m.sourcePrep() == null ? List.of() : args.targets().inSlots(verb, List.of("obl:" + m.sourcePrep()));
        String[] matched = m.code().split(":");
        if (sources.isEmpty()) {
            sources = verbSources(g, args, verb, CameoRoots.fromPetrarch(matched[0]));
        }
        List<Mention> targets = m.targetPrep() == null ? List.of() : args.targets().inSlots(verb, List.of("obl:" + m.targetPrep()));
        if (targets.isEmpty()) {
            List<Mention> doers = sources;
            // "Turkey ended its visit to Iran": the source's own thing is not the target; look further. With
            // several doers ("Russian and Syrian jets pounded Aleppo"), a target is lost only to all of them.
            targets = args.targets().inSlots(verb, targetSlots, t -> !doers.stream()
                    .allMatch(d -> ActorCode.of(d.code()).isSameActor(ActorCode.of(t.code()))));
        }
        targets = Candidate.others(sources, targets);
        // A verb of saying whose pattern finds no one it is aimed at states: "announced measures" (PETRARCH: 130).
        String[] codes = targets.isEmpty() && m.rule() != null && m.bare().startsWith(STATEMENT.substring(0, 2))
                ? new String[] {m.bare()} : matched;
        // "The army denied any involvement": a denial naming no one answers the accuser (found when it is coded);
        // it is no statement, though CAMEO files it under 01.
        boolean denial = CameoRoots.fromPetrarch(codes[0]).equals(CameoRoots.DENIAL);
        // A statement (01) addressed to no one in particular: "announced measures", "said the toll rose".
        boolean statement = !denial && codes[0].startsWith(STATEMENT.substring(0, 2))
                && (m.rule() == null && codes[0].equals(STATEMENT) || targets.isEmpty());
        if (statement && g.sentence().index() != 0) {
            // Past the lead, "X said" attributes the story's facts to a source; it is news only in the lead.
            return Optional.empty();
        }
        boolean reciprocal = codes.length > 1 && codes[0].equals(codes[1]) || codes[0].startsWith(CameoRoots.CONSULT);
        if (targets.isEmpty() && sources.size() >= 2 && reciprocal) {
            targets = sources; // "Japan and France signed a pact" (a:a, done to each other): each with the other
        }
        if (statement && targets.isEmpty()) {
            List<Mention> speakers = sources;
            // Another actor first; the speaker's own country only when the statement names no other.
            List<Mention> about = args.targets().aboutWhom(verb).stream()
                    .filter(t -> speakers.stream().noneMatch(sp -> sp.code().equals(t.code()))).toList();
            targets = about.stream().filter(t -> speakers.stream()
                    .noneMatch(sp -> ActorCode.of(sp.code()).isSameActor(ActorCode.of(t.code())))).limit(1).toList();
            if (targets.isEmpty()) {
                targets = about.stream().limit(1).toList();
            }
        }
        String reverse = codes.length > 1 && !codes[1].equals(VerbPatterns.NONE) ? CameoRoots.fromPetrarch(codes[1]) : null;
        if (statement && targets.isEmpty()) {
            for (Mention speaker : sources) {
                Optional<Target> public_ = audience(speaker);
                if (public_.isPresent()) {
                    return Optional.of(new Candidate(verb, CameoRoots.fromPetrarch(codes[0]), "petrarch:" + m.verb().key(),
                            STATEMENT_RULE, m.entries(), List.of(speaker), List.of(public_.get()), null));
                }
            }
            return Optional.empty();
        }
        if (sources.isEmpty() || targets.isEmpty() && !denial) {
            return Optional.empty();
        }
        if (statement) {
            return Optional.of(new Candidate(verb, CameoRoots.fromPetrarch(codes[0]), "petrarch:" + m.verb().key(), STATEMENT_RULE,
                    m.entries(), sources, targets.stream().map(Target::of).toList(), null));
        }
        if (codes[0].equals(VerbPatterns.NONE)) {
            // "X came under censure": only the other side acts.
            return Optional.of(new Candidate(verb, reverse, "petrarch:" + m.verb().key(), "petrarch-pattern",
                    m.entries(), targets, sources.stream().map(Target::of).toList(), null));
        }
        return Optional.of(new Candidate(verb, CameoRoots.fromPetrarch(codes[0]), "petrarch:" + m.verb().key(), "petrarch-pattern",
                m.entries(), sources, targets.stream().map(Target::of).toList(), reverse));
    }

    /**
     * Whom a lead statement that names no one else is made to: the speaker's own country, its public ("Peskov
     * commented", "officials said the missile failed": CAMEO coders code such statements; an event needs a
     * target). None for a speaker that is a country itself or an organisation.
     */
    private static Optional<Target> audience(Mention speaker) {
        ActorCode code = ActorCode.of(speaker.code());
        return code.country().filter(c -> !code.isBareCountry())
                .map(c -> new Target(c, null, "audience:" + c, List.of("audience:" + c)));
    }

    /**
     * The targets in the verb's slots; for a request that names no one but a sitting ("called for a meeting"),
     * the body that sits.
     */
    private static List<Mention> verbTargets(Arguments args, int verb, VerbLexicon.Entry e) {
        List<Mention> targets = args.targets().inSlots(verb, e.targets());
        return targets.isEmpty() && CameoRoots.isRequest(e.cameo())
                ? args.bodies().ofSitting(verb, e.targets()) : targets;
    }

    /**
     * The verb's sources; for force (roots 18 to 20) without one, the owner of the means named ("killed in regime
     * raids"), else the doers of the clause a participle of force trails ("shelled the village for hours killing twelve").
     */
    private List<Mention> verbSources(DependencyGraph g, Arguments args, int verb, String cameo) {
        List<Mention> sources = args.sources().ofVerb(verb);
        if (sources.isEmpty() && CameoRoots.isForce(cameo)) {
            sources = args.sources().ofInstruments(verb, instruments, n -> g.isNoun(n) && lexicon.noun(g.lemma(n)).isPresent());
        }
        if (sources.isEmpty() && CameoRoots.isForce(cameo)) {
            sources = args.sources().ofAdjunct(verb);
        }
        return sources;
    }

    /** A candidate of a verb or noun pattern ({@code kind} {@code verb} or {@code noun}) when it has actors. */
    private void add(List<Candidate> out, int i, VerbLexicon.Entry e, String kind, List<Mention> sources,
                     List<Mention> targets, DependencyGraph g) {
        List<Target> t = new ArrayList<>(Candidate.others(sources, targets).stream().map(Target::of).toList());
        if (t.isEmpty() && e.defaultTarget() == null && sources.size() >= 2 && e.cameo().startsWith(CameoRoots.CONSULT)
                && !addressed(g, i)) {
            // "Clinton and Lavrov held talks": with no other partner, the participants act on each other.
            sources.forEach(m -> t.add(Target.of(m)));
        }
        if (t.isEmpty() && e.defaultTarget() != null) {
            t.add(new Target(e.defaultTarget(), null, "default:" + e.key(), List.of()));
        }
        String code = Refinement.refine(g, i, e);
        if (t.isEmpty() && e.defaultTarget() == null && sources.size() >= 2 && g.isVerb(i)
                && mutual.containsKey(g.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
            // "France and Italy agreed to reopen the border": with no one else named, they agreed with each other.
            code = mutual.get(g.lemma(i).toLowerCase(java.util.Locale.ROOT));
            sources.forEach(m -> t.add(Target.of(m)));
        }
        if (t.isEmpty() && code.startsWith(PROTEST) && !unrealised(g, i)) {
            homeGovernment(sources).ifPresent(t::add);
        }
        if (!sources.isEmpty() && !t.isEmpty()) {
            out.add(new Candidate(i, code, kind + ":" + e.key(), kind + "-pattern",
                    List.of("verbs:" + e.key()), sources, t));
        }
    }

    /**
     * Whether a protest is only aimed at or asked for: an infinitive of purpose ("founded to protest against the
     * wars") or the thing a request asks for ("called for protests"), which no one has done yet.
     */
    private boolean unrealised(DependencyGraph g, int protest) {
        if (g.isVerb(protest)) {
            return g.children(protest, "mark").stream().anyMatch(m -> g.pos(m).equals("TO"));
        }
        return g.incoming(protest).stream().map(d -> d.governor()).filter(v -> v >= 0)
                .anyMatch(v -> codeAt(g, v).filter(CameoRoots::isRequest).isPresent());
    }

    /**
     * Whom a protest that names no one is aimed at: the protesters' own government ("the magistrates' union began
     * an unlimited strike", "journalists held demonstrations"), as CAMEO coders code a domestic protest; none for
     * protesters of no known country or of the state itself (its government, army or police: "pro-government forces
     * blocked a road" is no protest). Only the hand-written entries use it: PETRARCH files "provoke" and "take"
     * (to the streets) under protest too, and bare they name no protest.
     */
    private static Optional<Target> homeGovernment(List<Mention> protesters) {
        for (Mention m : protesters) {
            ActorCode code = ActorCode.of(m.code());
            boolean state = code.isGovernment() || code.inDomesticConflict() && !code.aimsAtHome();
            if (code.country().isPresent() && !state) {
                String government = code.withSector(GOVERNMENT).value();
                return Optional.of(new Target(government, null, "home-government:" + government,
                        List.of("home-government:" + government)));
            }
        }
        return Optional.empty();
    }

    /** What the coder codes a verb as, whoever its actors: its own entry's code, else the PETRARCH dictionary's. */
    private Optional<String> codeAt(DependencyGraph g, int verb) {
        if (!g.isVerb(verb)) {
            return Optional.empty();
        }
        Optional<String> own = lookupVerb(g, verb).map(VerbLexicon.Entry::cameo);
        return own.isPresent() ? own : patterns.match(g, verb).map(m -> CameoRoots.fromPetrarch(m.code().split(":")[0]))
                .filter(c -> !c.startsWith(VerbPatterns.NONE));
    }

    /** The entry for a verb: with its particle ("round up"), its preposition ("call on"), or its object ("hold talks"). */
    private Optional<VerbLexicon.Entry> lookupVerb(DependencyGraph g, int verb) {
        String lemma = g.lemma(verb);
        for (int p : g.children(verb, "compound:prt")) {
            Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, g.lemma(p));
            if (e.isPresent()) {
                // A particle makes another verb ("call off" is no call): without an entry of its own, none here.
                return e.get().key().contains("_") ? e : Optional.empty();
            }
        }
        for (int p : g.children(verb, "advmod")) {
            // "put forward a resolution" with the particle parsed as an adverb: only a verb the lexicon has with it
            Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, g.lemma(p));
            if (e.isPresent() && e.get().key().contains("_")) {
                return e;
            }
        }
        for (var d : g.outgoing(verb)) {
            String ner = g.token(d.dependent()).ner();
            if (d.relation().startsWith("obl:") && !"DATE".equals(ner) && !"TIME".equals(ner)) {
                // "called for a session on Monday" is no call on Monday: a time is no preposition's partner.
                Optional<VerbLexicon.Entry> e = lexicon.verb(lemma, d.relation().substring(4));
                if (e.isPresent() && e.get().key().contains("_")) {
                    return e;
                }
            }
        }
        for (int o : g.children(verb, "obj")) {
            Optional<VerbLexicon.Entry> e = lexicon.phrase(lemma, g.word(o));
            if (e.isPresent()) {
                return e;
            }
        }
        return lexicon.verb(lemma, null);
    }
}
