package org.standpoint.extract.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Dependency;

/**
 * The second pass over an article: resolves what needs the whole text. A bare agent ("the Foreign Ministry",
 * "security forces") takes a country from the article; a role noun ("the minister", "the longtime leader")
 * refers back to the person who holds that role; "the country", "the alliance" to the last such actor; a
 * personal pronoun to an earlier agreeing actor ({@link Pronouns}). Each resolution says in its rule how it was made.
 */
final class ContextResolver {
    /** How many sentences naming actors back a government member named by title alone looks for a colleague. */
    private static final int COLLEAGUE_WINDOW = 2;
    /** How many countries named equally often around an agent make a list, of which it belongs to none. */
    private static final int LIST = 3;
    private final DraftFactory f;
    private final List<Draft> drafts;
    private final Pronouns pronouns;
    /** Sectors whose bare agents may take their country from context; others (business, media...) do not. */
    private final Set<String> contextSectors;
    private final CountryEvidence evidence;
    /** Sectors of a country's own people and institutions, placed like the sides of its conflict. */
    private final Set<String> homeSectors;
    /** CAMEO religion codes, which the agent dictionaries put first ("bishop" CHR). */
    private final Set<String> religions;
    /** Sectors of institutions a country has one of: "lawmakers" after "British MPs" are British. */
    private final Set<String> institutions;
    /** Indefinite articles: a role noun after one introduces someone new. */
    private final Set<String> indefinites;

    ContextResolver(DraftFactory f) {
        this.f = f;
        this.drafts = f.discourse.drafts;
        this.pronouns = new Pronouns(f);
        this.contextSectors = f.words.words("context-sector");
        this.evidence = new CountryEvidence(f);
        this.homeSectors = f.words.words("home-sector");
        this.religions = f.words.words("religion-code");
        this.institutions = f.words.words("institution-sector");
        this.indefinites = f.words.words("indefinite");
    }

    void resolveAll() {
        for (Draft d : drafts) {
            resolve(d, new HashSet<>());
        }
    }

    private void resolve(Draft d, Set<Draft> visiting) {
        if (d.pending == Draft.Pending.NONE || !visiting.add(d)) {
            return;
        }
        switch (d.pending) {
            case ANTECEDENT -> {
                resolve(d.antecedent, visiting);
                if (d.antecedent.resolved()) {
                    String role = d.role;
                    d.copy(d.antecedent);
                    if (d.antecedent.person && !d.person) {
                        d.role = role;
                    }
                }
            }
            case ROLE -> role(d, visiting);
            case BARE_AGENT -> bareAgent(d, visiting);
            case PRONOUN -> pronouns.resolve(d);
            case COUNTRY_NOUN -> latest(d, c -> ActorCode.of(c.code).isBareCountry() && f.actors.isCountryLevel(c.code),
                    "country->");
            case ORGANISATION_NOUN -> organisation(d);
            default -> { }
        }
        d.pending = Draft.Pending.NONE;
    }

    /** "the head of the Syrian National Council", "the foreign minister", "Syria's isolated leader". */
    private void role(Draft d, Set<Draft> visiting) {
        for (Dependency dep : d.sentence.children(d.head)) {
            if (dep.relation().startsWith("nmod:of")) {
                Draft of = f.discourse.covering(d.sentence.index(), dep.dependent());
                if (of != null) {
                    resolve(of, visiting);
                    if (of.resolved()) {
                        ActorCode owner = ActorCode.of(of.code);
                        d.code = owner.isBareCountry() && f.actors.isCountryLevel(of.code)
                                ? owner.withSector(d.sector == null ? "GOV" : d.sector).value() : of.code;
                        d.name = of.name;
                        d.role = (d.role != null ? d.role : d.titleKey) + " of " + of.name;
                        d.because(Draft.Rule.ROLE, d.titleKey + "+of:" + of.name);
                        return;
                    }
                }
            }
        }
        if (d.code == null && unknownEmployer(d)) { // "vice president of the Trade Partnership" is no president named before
            d.because(Draft.Rule.AGENT, d.titleKey + "+employer");
            return;
        }
        String fixed = d.code;
        // "Andrew Mitchell, a former development minister": an indefinite role noun introduces someone, it never
        // refers back to a holder named before
        Optional<Draft> holder = indefinite(d) ? Optional.empty() : holder(d, fixed);
        if (holder.isPresent()) {
            Draft p = holder.get();
            if (fixed == null) {
                d.code = p.code;
            }
            d.name = p.name;
            d.role = p.role != null ? p.role : d.role;
            d.entry = p.entry;
            d.because(Draft.Rule.ROLE, d.titleKey + "->" + p.name);
        } else if (fixed == null && d.sector != null) {
            bareAgent(d, visiting);
        }
    }

    /**
     * The person holding a role like {@code d}'s: the latest before it, else the first after it. A person named in
     * the same clause is someone else: "In a call with President Putin the president said" is not Putin, as a
     * writer would have said "he".
     */
    private Optional<Draft> holder(Draft d, String fixedCode) {
        Predicate<Draft> fits = p -> p.person && p.resolved() && p.role != null && p != d && p.pending == Draft.Pending.NONE
                && f.titles.compatible(d.titleKey, p.role) && (fixedCode == null || samePlace(p.code, fixedCode))
                && !sameClause(p, d);
        Draft before = null;
        Draft after = null;
        for (Draft p : people()) {
            if (!fits.test(p)) {
                continue;
            }
            if (p.before(d)) {
                if (before == null || before.before(p)) {
                    before = p;
                }
            } else if (after == null || p.before(after)) {
                after = p;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** Whether a draft opens with an indefinite article, or follows one: "a former minister". */
    private boolean indefinite(Draft d) {
        ParsedSentence s = d.sentence;
        return indefinites.contains(s.lower(d.first)) || d.first > 0 && indefinites.contains(s.lower(d.first - 1));
    }

    /**
     * Whether {@code holder} is named before the definite role noun {@code d} ("the president") among the arguments
     * of its own predicate.
     */
    private static boolean sameClause(Draft holder, Draft d) {
        ParsedSentence s = d.sentence;
        return holder.sentence == s && holder.before(d) && (s.pos(d.first).equals("DT") || d.first > 0 && s.pos(d.first - 1).equals("DT"))
                && CountryEvidence.predicate(s, holder.head) == CountryEvidence.predicate(s, d.head);
    }

    private static boolean samePlace(String a, String b) {
        return ActorCode.of(a).prefix().equals(ActorCode.of(b).prefix());
    }

    private Iterable<Draft> people() {
        List<Draft> all = new java.util.ArrayList<>(drafts);
        all.addAll(f.discourse.shadows);
        return all;
    }

    /**
     * A bare agent takes a country from the article, by the first evidence that names one: whom it speaks for ("a
     * spokesperson for the Foreign Office"), the holder of its minister, the same agent named before, a complement saying whose it is ("a man from China"), the place its
     * sentence names ("in Pakistan's Swat valley"), for the sides of a conflict and a country's own people and
     * institutions the country whose sides are named, the dateline, for those again the country whose rulers are
     * named, then the countries named nearby, then in the whole article. News agencies named by their own names
     * are no evidence. The rule records which evidence chose it; in an article that names no country at all, the
     * agent is coded by its sectors alone ({@code COP}, rule {@code agent:police+no-country}).
     */
    private void bareAgent(Draft d, Set<Draft> visiting) {
        d.sector = roleFirst(d.sector);
        if (d.sector == null || !contextSectors.contains(ActorCode.mainSector(d.sector))) {
            return;
        }
        String key = d.agentKey == null ? "" : d.agentKey;
        // an agent of an organisation named in the text ("opposition Labour Party leader") is placed by context like
        // an institution, not drawn to the sides of the conflict the article reports
        boolean conflict = (ActorCode.isDomesticConflictSector(d.sector) || homeSectors.contains(ActorCode.mainSector(d.sector))
                || f.titles.isRegime(key)) && !namesOrganisation(d);
        Found found = possessor(d, visiting);
        if (found == null) {
            found = evidence.principal(d).map(c -> new Found(c, "principal")).orElse(null);
        }
        if (found == null) {
            found = minister(d, key);
        }
        if (found == null) {
            found = earlier(d, key);
        }
        if (found == null) {
            found = evidence.origin(d).map(c -> new Found(c, "origin")).or(() -> evidence.place(d, !conflict).map(c -> new Found(c, "place")))
                    .orElse(null);
        }
        if (found == null && d.person && unknownEmployer(d)) {
            // "Gwynne Shotwell, SpaceX president", "X, vice president of the Trade Partnership": the office of a body
            // no dictionary knows, not of the government named before; no code is invented
            d.because(Draft.Rule.AGENT, key + "+employer");
            return;
        }
        if (found == null && d.person && (ActorCode.mainSector(d.sector).equals("GOV") || namesOrganisation(d))) {
            found = colleague(d);
        }
        if (found == null && conflict && ActorCode.isSectorKind(ActorCode.mainSector(d.sector))
                && ActorCode.ofSectors(d.sector).aimsAtHome()) {
            // rebels, civilians and militants belong where such people were named, not to the foreign air force
            // that bombs them ("Russian jets pounded ... the rebels")
            found = Found.of(mostFrequent(c -> !c.inferred && ActorCode.of(c.code).aimsAtHome(), d, -1), "domestic");
        }
        if (found == null && conflict) {
            found = Found.of(mostFrequent(c -> !c.inferred && ActorCode.of(c.code).inDomesticConflict(), d, -1), "domestic");
        }
        if (found == null) {
            found = Found.of(f.datelineCountry, "dateline");
        }
        if (found == null && conflict) { // the country whose rulers the article speaks of
            found = Found.of(mostFrequent(c -> c.person && f.titles.isLeader(c.role) && ActorCode.of(c.code).isGovernment(), d, -1),
                    "rulers");
        }
        // "France, Britain, the United States and Luxembourg called for the meeting. Diplomats said ...": a list of
        // countries makes none of them the one the diplomats are of
        boolean list = found == null && tally(c -> true, d, 1).tiedAtTop() >= LIST;
        if (found == null && !list) {
            found = Found.of(mostFrequent(c -> true, d, 1), "context");
        }
        if (found == null && !list) {
            found = Found.of(mostFrequent(c -> true, d, -1), "article");
        }
        if (found != null) {
            d.inferred = true;
            d.code = ActorCode.of(found.country()).withSector(d.sector).value();
            if (!d.ownName) { // a person learned from a title keeps the name read in the text
                d.name = f.actors.countryName(found.country()).orElse(found.country());
            }
            d.because(Draft.Rule.AGENT, key + "+" + found.how() + ":" + found.country());
        } else if (ActorCode.isSectorKind(ActorCode.mainSector(d.sector))) {
            // an article that names no country at all: the agent is coded by what it is, as CAMEO coders do
            d.code = ActorCode.ofSectors(d.sector).value();
            if (!d.ownName) {
                d.name = d.sentence.text(f.body, d.first, d.last);
            }
            d.because(Draft.Rule.AGENT, key + (list ? "+list" : "+no-country"));
        }
    }

    /**
     * A sector the agent dictionaries begin with a religion, as it stands after a country: the role first, the
     * religion after it ("islamic militant" MUSUAF is UAFMUS), a religion alone a religious actor ("bishop" CHR is
     * RELCHR).
     */
    private String roleFirst(String sector) {
        if (sector == null || sector.length() < 3 || !religions.contains(ActorCode.mainSector(sector))) {
            return sector;
        }
        String rest = sector.substring(3);
        if (rest.length() >= 3 && ActorCode.isSectorKind(rest.substring(0, 3))) {
            return rest.substring(0, 3) + sector.substring(0, 3) + rest.substring(3);
        }
        return "REL" + sector;
    }

    /**
     * "the country's President X", "the nation's police": a possessive owner that is itself a reference resolves to
     * a country, and the agent is of that country.
     */
    private Found possessor(Draft d, Set<Draft> visiting) {
        ParsedSentence s = d.sentence;
        if (d.first < 2 || !s.pos(d.first - 1).equals("POS")) {
            return null;
        }
        for (Draft c : drafts) {
            if (c.sentence == s && c != d && c.last == d.first - 2 && c.kind == Draft.Rule.REFERENCE) {
                resolve(c, visiting);
                if (c.resolved() && f.actors.isCountryLevel(c.code)) {
                    return new Found(countryOf(c), "possessor");
                }
            }
        }
        return null;
    }

    /** A country and the evidence that chose it ({@code dateline}, {@code minister:Name}...). */
    private record Found(String country, String how) {
        static Found of(String country, String how) {
            return country == null ? null : new Found(country, how);
        }
    }

    /** Complements of a title that may name its holder's employer. */
    private static final Set<String> EMPLOYER = Set.of("nmod:of", "nmod:at");

    /**
     * Whether a title names its holder's employer, an organisation no dictionary knows and no agent word heads
     * (CoreNLP's ORGANIZATION, in the title or its "of" complement): "SpaceX president", "chief executive of Acme";
     * not "Green Party leader", whose party is placed like an institution.
     */
    private boolean unknownEmployer(Draft d) {
        ParsedSentence s = d.sentence;
        List<int[]> spans = new java.util.ArrayList<>();
        spans.add(new int[] {d.first, d.last});
        List<Integer> complements = new java.util.ArrayList<>();
        for (Dependency dep : s.children(d.head)) { // "president of X", "vice president of programs at X"
            if (EMPLOYER.contains(dep.relation())) {
                complements.add(dep.dependent());
                s.children(dep.dependent()).stream().filter(c -> EMPLOYER.contains(c.relation())).forEach(c -> complements.add(c.dependent()));
            }
        }
        for (int complement : complements) {
            if (s.ner(complement).equals("ORGANIZATION")) {
                int a = complement;
                int b = complement;
                while (a > 0 && s.ner(a - 1).equals("ORGANIZATION")) {
                    a--;
                }
                while (b + 1 < s.size() && s.ner(b + 1).equals("ORGANIZATION")) {
                    b++;
                }
                spans.add(new int[] {a, b});
            }
        }
        boolean organisation = false;
        for (int[] span : spans) {
            for (int i = span[0]; i <= span[1]; i++) {
                if (!s.ner(i).equals("ORGANIZATION")) {
                    continue;
                }
                int at = i;
                if (agentCovers(s, span[0], span[1], i)
                        || drafts.stream().anyMatch(c -> c != d && c.sentence == s && c.first <= at && at <= c.last && c.entry != null)) {
                    return false;
                }
                organisation = true;
            }
        }
        return organisation;
    }

    /** Whether an agent phrase within tokens {@code first..last} covers token {@code at} ("House" of "House Speaker"). */
    private boolean agentCovers(ParsedSentence s, int first, int last, int at) {
        for (int j = first; j <= at; j++) {
            if (f.agents.longestAt(s.tokens, j, last).filter(m -> m.last() >= at).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text of a draft names an organisation (CoreNLP's ORGANIZATION): "Labour Party leader". */
    private static boolean namesOrganisation(Draft d) {
        for (int i = d.first; i <= d.last; i++) {
            if (d.sentence.ner(i).equals("ORGANIZATION")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "President Erdogan said ... Foreign Minister X also stated": a member of a government named by title alone,
     * or the leader of a party named in the text, belongs to the country whose government the article named last,
     * within {@link #COLLEAGUE_WINDOW} sentences naming actors before ("The White House condemned ... Spokesman X said"); the
     * countries merely mentioned around it ("Syrian peace talks") say less.
     */
    private Found colleague(Draft d) {
        Draft last = f.discourse.latest(c -> c != d && c.resolved() && c.before(d) && !c.inferred
                && sentencesNamingActors(c.sentenceIndex(), d.sentenceIndex()) <= COLLEAGUE_WINDOW && f.actors.isCountryLevel(c.code)
                && ActorCode.of(c.code).isGovernment() && !c.sentence.quoted(c.head));
        return last == null ? null : new Found(countryOf(last), "colleague:" + last.name);
    }

    /** How many sentences after {@code from} up to {@code to} name an actor: quoted exclamations between do not count. */
    private long sentencesNamingActors(int from, int to) {
        return drafts.stream().filter(c -> c.resolved() && c.sentenceIndex() > from && c.sentenceIndex() <= to)
                .map(Draft::sentenceIndex).distinct().count();
    }

    /** "the Foreign Ministry" after "Foreign Minister Ahmet Davutoglu": the minister's country. */
    private Found minister(Draft d, String key) {
        if (!key.contains("minist") || !key.contains(" ")) {
            return null;
        }
        Draft d2 = new Draft(d.sentence, d.first, d.last);
        d2.titleKey = key.replace("ministry", "minister").replace("ministries", "minister");
        Optional<Draft> holder = holder(d2, null);
        return holder.filter(h -> f.actors.isCountryLevel(h.code)).map(h -> new Found(countryOf(h), "minister:" + h.name))
                .orElse(null);
    }

    /**
     * "the ministry" after "the Foreign Ministry" took its country; else, for an institution a country has one of,
     * the last agent of its sector named before it ("lawmakers" after "British MPs").
     */
    private Found earlier(Draft d, String key) {
        Draft same = null;
        Draft sameSector = null;
        boolean institution = institutions.contains(ActorCode.mainSector(d.sector));
        for (Draft c : drafts) {
            if (!c.before(d) || !c.resolved() || !f.actors.isCountryLevel(c.code)) {
                continue;
            }
            if (sameHead(key, c.agentKey)) {
                same = c;
            } else if (institution && ActorCode.of(c.code).sectors().stream().findFirst()
                    .filter(sector -> sector.equals(ActorCode.mainSector(d.sector))).isPresent()) {
                sameSector = c;
            }
        }
        return same != null ? new Found(countryOf(same), "earlier")
                : sameSector != null ? new Found(countryOf(sameSector), "earlier-sector") : null;
    }

    /** A news organisation named by its own name ("AFP", "Xinhua"): where it is based says nothing of the story. */
    private static boolean newsMedium(Draft c) {
        return c.entry != null && c.entry.kind() != ActorKind.COUNTRY && ActorCode.of(c.code).isMedium();
    }

    /** The country of a draft whose code is country-level. */
    private static String countryOf(Draft d) {
        return ActorCode.of(d.code).country().orElseThrow();
    }

    /** "the ministry" after "the Foreign Ministry": the same head noun. */
    private static boolean sameHead(String key, String other) {
        if (other == null || key.isEmpty()) {
            return false;
        }
        String a = key.substring(key.lastIndexOf(' ') + 1);
        String b = other.substring(other.lastIndexOf(' ') + 1);
        return a.equals(b) && (key.equals(other) || !key.contains(" "));
    }

    /**
     * The country most often named by resolved drafts within {@code window} sentences before {@code d} (and in its
     * own sentence), or anywhere in the article if {@code window} is negative; ties go to the one named nearest.
     */
    private String mostFrequent(Predicate<Draft> which, Draft d, int window) {
        Tally tally = tally(which, d, window);
        Map<String, Integer> counts = tally.counts();
        Map<String, Integer> nearest = tally.nearest();
        return counts.keySet().stream().max((a, b) -> counts.get(a).equals(counts.get(b))
                ? Integer.compare(nearest.get(b), nearest.get(a)) : Integer.compare(counts.get(a), counts.get(b))).orElse(null);
    }

    /** How often each country is named near a draft, and how near its nearest naming is. */
    private record Tally(Map<String, Integer> counts, Map<String, Integer> nearest) {
        /** How many countries share the highest count. */
        long tiedAtTop() {
            int top = counts.values().stream().max(Integer::compare).orElse(0);
            return counts.values().stream().filter(n -> n == top).count();
        }
    }

    /** The countries named by resolved drafts {@code which} within {@code window} sentences (see mostFrequent). */
    private Tally tally(Predicate<Draft> which, Draft d, int window) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> nearest = new HashMap<>();
        int at = d.sentenceIndex();
        for (Draft c : drafts) {
            int gap = at - c.sentenceIndex();
            boolean near = window < 0 || (gap >= 0 && gap <= window);
            if (c == d || !c.resolved() || !near || !f.actors.isCountryLevel(c.code) || newsMedium(c) || !which.test(c)
                    || postedTo(d, c)) {
                continue;
            }
            String country = countryOf(c);
            counts.merge(country, 1, Integer::sum);
            int distance = Math.abs(gap) * 1000 + Math.abs(d.first - c.first) + (c.before(d) ? 0 : 500);
            nearest.merge(country, distance, Math::min);
        }
        return new Tally(counts, nearest);
    }

    /**
     * Whether {@code c} is where agent {@code d} is sent ("an envoy to Ukraine", "ambassador to Britain"): the host of
     * an envoy is not the country the envoy acts for.
     */
    private static boolean postedTo(Draft d, Draft c) {
        return c.sentence == d.sentence && d.sentence.children(d.head).stream()
                .anyMatch(dep -> dep.relation().equals("nmod:to") && c.first <= dep.dependent() && dep.dependent() <= c.last);
    }

    private void latest(Draft d, Predicate<Draft> which, String why) {
        Draft best = f.discourse.latest(c -> c.resolved() && c.before(d) && which.test(c));
        if (best != null) {
            d.copy(best, Draft.Rule.REFERENCE, why + best.name);
        }
    }

    /** "the alliance" is the last organisation whose name has that word; "the daily" the last news outlet. */
    private void organisation(Draft d) {
        String noun = d.agentKey;
        Predicate<Draft> named = c -> c.entry != null && c.entry.kind() != ActorKind.PERSON && c.entry.kind() != ActorKind.COUNTRY
                && c.entry.names().stream().anyMatch(n -> NameKey.words(n).contains(noun));
        Predicate<Draft> media = c -> f.titles.isMediaNoun(noun) && ActorCode.of(c.code).isMedium();
        latest(d, named.or(media), noun + "->");
    }
}
