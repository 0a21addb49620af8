package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.standpoint.extract.actors.Chunks.Chunk;
import org.standpoint.extract.actors.Chunks.Unit;
import org.standpoint.extract.actors.SentencePieces.Piece;
import org.standpoint.extract.actors.SentencePieces.Type;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Dependency;

/**
 * Reads one sentence's noun phrases: a name with its title ("Russian Foreign Minister Sergei Lavrov"), an
 * owner with an agent noun ("Syrian security forces", "Assad's government"), coordinated owners sharing one
 * noun ("U.S. and European leaders"), and appositions that say who someone is ("X, head of Y").
 */
final class PhraseReader {
    /** The CAMEO sector of businesses. */
    private static final String BUSINESS = "BUS";
    private final ParsedSentence s;
    private final DraftFactory f;
    private final Piece[] at;
    private final List<Draft> out = new ArrayList<>();
    private final List<Piece> unknownNames = new ArrayList<>();

    PhraseReader(ParsedSentence s, DraftFactory f, List<Piece> pieces) {
        this.s = s;
        this.f = f;
        this.at = new Piece[s.size()];
        for (Piece p : pieces) {
            for (int i = p.first(); i <= p.last(); i++) {
                at[i] = p;
            }
        }
    }

    /** The sentence's drafts in text order. */
    List<Draft> read() {
        List<Chunk> chunks = Chunks.of(s, at, f.words.words("coordinator"), f.words.words("seat-participle"));
        for (int c = 0; c < chunks.size(); c++) {
            Chunk ch = chunks.get(c);
            if (ch.coordinated() && c + 1 < chunks.size() && distributes(ch, chunks.get(c + 1))) {
                distribute(Chunks.trim(s, ch.units()).get(0), chunks.get(c + 1));
            } else {
                chunk(ch.units());
            }
        }
        new Appositions(s, f, out, unknownNames).link();
        out.sort(Comparator.comparingInt(d -> d.first));
        return out;
    }

    private void chunk(List<Unit> all) {
        List<Unit> units = Chunks.trim(s, all);
        int h = units.size() - 1;
        while (h >= 0 && units.get(h).piece() == null && !s.isNoun(units.get(h).first())) {
            h--;
        }
        if (h < 0) {
            loose(units);
            return;
        }
        Unit head = units.get(h);
        List<Unit> prefix = units.subList(0, h);
        if (head.piece() == null) {
            loose(prefix);
            return;
        }
        switch (head.piece().type()) {
            case ACTOR -> {
                if (head.piece().entry().kind() == ActorKind.PERSON) {
                    person(prefix, head);
                } else {
                    loose(prefix);
                    emit(f.entry(s, head.first(), head.last(), head.piece().entry()));
                }
            }
            case PERSON, NAME -> person(prefix, head);
            case AGENT, TITLE -> agent(prefix, head);
            case REFERENCE -> {
                loose(prefix);
                emit(reference(head));
            }
            case PRONOUN -> emit(pronoun(head));
        }
    }

    /** Modifiers of a noun that is no actor ("Syrian government crackdown"): each stands alone. */
    private void loose(List<Unit> units) {
        List<Unit> seg = new ArrayList<>();
        for (Unit u : units) {
            if (u.is(Type.AGENT) && s.isNoun(u.last()) && (Chunks.owner(seg, seg.size()) >= 0 || possessive(u.last()) || side(u))) {
                // "Syrian government crackdown", "a security forces' convoy", "regime air raids"; a bare "military
                // intervention" names no one
                agent(List.copyOf(seg), u);
                seg.clear();
            } else {
                seg.add(u);
            }
        }
        for (Unit u : seg) {
            if (u.is(Type.ACTOR)) {
                if (u.piece().entry().kind() == ActorKind.PERSON) {
                    person(List.of(), u);
                } else {
                    emit(f.entry(s, u.first(), u.last(), u.piece().entry()));
                }
            } else if (u.is(Type.PERSON)) {
                person(List.of(), u);
            } else if (u.is(Type.REFERENCE)) {
                emit(reference(u));
            }
        }
    }

    /**
     * A person's name with what comes before it in the phrase: an owner ("Syrian", "Jordan's") and a title
     * ("President", "Foreign Ministry spokesman"). An unknown name is learned only with a title.
     */
    private void person(List<Unit> prefix, Unit head) {
        int nameFirst = head.first();
        ActorEntry entry = head.piece().entry();
        if (head.is(Type.ACTOR)) { // a dictionary spelling with a title in it: "Prime Minister Vladimir Putin"
            while (nameFirst < head.last() && titleWord(nameFirst)) {
                nameFirst++;
            }
            var bare = f.actors.longestAt(s.words, nameFirst, head.last(), s::glued);
            if (bare.isPresent() && bare.get().last() == head.last() && bare.get().entry().kind() == ActorKind.PERSON) {
                entry = bare.get().entry();
            }
        }
        int m = Chunks.owner(prefix, prefix.size());
        int firstTitle = -1;
        for (int i = m + 1; i < prefix.size() && firstTitle < 0; i++) {
            firstTitle = prefix.get(i).is(Type.AGENT, Type.TITLE) ? i : -1;
        }
        if (head.is(Type.NAME) && (firstTitle < 0 || courtesyOnly(prefix.subList(firstTitle, prefix.size())))) {
            loose(prefix);
            unknownNames.add(head.piece());
            return;
        }
        loose(prefix.subList(0, m >= 0 ? m : firstTitle >= 0 ? firstTitle : prefix.size()));
        int spanFirst = m >= 0 ? prefix.get(m).first() : firstTitle >= 0 ? prefix.get(firstTitle).first() : head.first();
        int titleFirst = firstTitle >= 0 ? prefix.get(firstTitle).first() : head.first();
        String sector = Chunks.sector(prefix.subList(Math.max(0, firstTitle), prefix.size()),
                titleFirst < nameFirst ? s.lemma(nameFirst - 1) : "", f.titles);
        Draft owner = m >= 0 ? ownerDraft(prefix.get(m)) : null;
        Draft d;
        if (head.is(Type.NAME)) {
            d = learned(spanFirst, head, f.titleKey(s, titleFirst, nameFirst - 1), owner, sector);
        } else if (head.is(Type.PERSON)) {
            d = f.again(s, spanFirst, head.last(), head.piece().person());
        } else {
            d = f.entry(s, spanFirst, head.last(), entry);
            if (owner != null && owner.code != null && sector != null && owner.entry != null
                    && owner.entry.kind() == ActorKind.COUNTRY && !samePlace(owner.code, d.code)) {
                d.code = f.combine(owner, sector, s.lemma(nameFirst - 1)); // the text says whom they act for
                d.because(Draft.Rule.TITLE, owner.name + "+" + d.rule);
            }
        }
        String title = titleFirst < nameFirst ? s.text(f.body, titleFirst, nameFirst - 1) : null;
        if (title != null && !f.titles.isHonorific(String.join("", NameKey.words(title)))) {
            d.role = title;
        }
        d.person = true;
        d.human = true;
        emit(d);
        f.remember(d, s.text(f.body, nameFirst, head.last()));
    }

    private static boolean samePlace(String a, String b) {
        return ActorCode.of(a).prefix().equals(ActorCode.of(b).prefix());
    }

    private boolean courtesyOnly(List<Unit> units) {
        return units.stream().allMatch(u -> !u.is(Type.AGENT) && (u.piece() == null || f.titles.isCourtesy(String.join("", s.words.get(u.first())))));
    }

    /** A person no dictionary knows, coded by the title's owner or, without one, by the article's context. */
    private Draft learned(int spanFirst, Unit head, String titleKey, Draft owner, String sector) {
        Draft d = new Draft(s, spanFirst, head.last());
        d.person = true;
        d.human = true;
        d.name = s.text(f.body, head.first(), head.last());
        d.ownName = true;
        String lastTitleWord = titleKey.contains(" ") ? titleKey.substring(titleKey.lastIndexOf(' ') + 1) : titleKey;
        if (owner != null && owner.code != null) {
            d.code = f.combine(owner, sector == null ? "GOV" : sector, lastTitleWord);
            d.because(Draft.Rule.TITLE, titleKey + "+" + owner.name);
        } else {
            d.pending = Draft.Pending.BARE_AGENT;
            d.sector = sector == null ? "GOV" : sector;
            d.agentKey = titleKey;
            d.because(Draft.Rule.TITLE, titleKey);
        }
        return d;
    }

    private boolean titleWord(int i) {
        String lemma = s.lemma(i);
        if (s.glued(i)) {
            return i + 1 < s.size() && titleWord(i + 1); // Secretary-General
        }
        if (s.ner(i).equals("PERSON")) {
            return false;
        }
        return f.titles.isPerson(lemma) || f.titles.isHonorific(String.join("", s.words.get(i)))
                || f.agents.longestAt(s.tokens, i, i).isPresent() || f.titles.continuesTitle(lemma)
                || f.actors.longestAt(s.words, i, i, s::glued).map(m -> m.entry().kind() != ActorKind.PERSON).orElse(false);
    }

    private Draft ownerDraft(Unit u) {
        Draft d = u.is(Type.PERSON) ? f.again(s, u.first(), u.last(), u.piece().person())
                : f.entry(s, u.first(), u.last(), u.piece().entry());
        if (d.person) {
            f.discourse.shadows.add(d);
        }
        return d;
    }

    private void agent(List<Unit> prefix, Unit head) {
        if (prefix.isEmpty() && surname(head)) {
            return;
        }
        String lemma = s.lemma(head.last());
        int m = Chunks.owner(prefix, prefix.size());
        Unit namedAfter = m >= 0 && placeInName(prefix.get(m), head) ? prefix.get(m) : null;
        if (namedAfter != null) {
            m = -1; // "Sierra Nevada Corporation" is named after a place, not owned by its country
        }
        List<Unit> agentUnits = new ArrayList<>(prefix.subList(m + 1, prefix.size()));
        agentUnits.add(head);
        String sector = Chunks.sector(agentUnits, lemma, f.titles);
        Unit organisation = agentUnits.stream().filter(u -> u.is(Type.AGENT) && u.piece().named()).reduce((a, b) -> b).orElse(null);
        boolean personTitle = organisation != head && (head.is(Type.TITLE) || f.titles.isPerson(lemma));
        int firstAgent = head.first();
        for (Unit u : agentUnits) {
            if (u.is(Type.AGENT, Type.TITLE)) {
                firstAgent = u.first();
                break;
            }
        }
        int spanFirst = m >= 0 ? prefix.get(m).first() : prefix.isEmpty() ? head.first() : prefix.get(0).first();
        Draft d = new Draft(s, spanFirst, head.last());
        d.plural = organisation != head && s.isPlural(head.last()); // the National Union of Magistrates is one body
        d.person = personTitle && !d.plural;
        d.human = d.person || !d.plural && f.titles.isIndividual(lemma) && !modifiesNoun(head.last()); // not "rebel fire"
        d.agentKey = head.is(Type.AGENT) ? head.piece().agent().phrase() : lemma;
        d.titleKey = f.titleKey(s, firstAgent, head.last());
        String text = s.text(f.body, firstAgent, head.last());
        if (m >= 0) {
            loose(prefix.subList(0, m));
            Draft owner = ownerDraft(prefix.get(m));
            if (owner.code == null) {
                d.antecedent = owner;
                d.pending = Draft.Pending.ANTECEDENT;
            } else {
                d.code = f.combine(owner, sector, lemma);
                d.name = f.nameFor(d.code, owner);
                d.entry = d.code.equals(owner.code) ? owner.entry : null;
                if (d.person) {
                    d.pending = Draft.Pending.ROLE; // the code is known; the person may be found
                    d.role = text;
                }
            }
            d.because(Draft.Rule.AGENT, d.agentKey + "+" + owner.rule);
        } else {
            for (Unit u : prefix) {
                if (u.is(Type.REFERENCE)) {
                    emit(reference(u));
                }
            }
            if (sector == null && !personTitle) {
                return;
            }
            if (personTitle && d.plural && organisation == null && !counted(head.last())
                    && (!s.isSubject(head.last()) || complemented(head.last())) && !ActorCode.isDomesticConflictSector(sector)) {
                // "efforts by leaders", "ministers from ten countries": no one in particular; the sides of a conflict
                // are particular people however named ("shot by armed officers")
                return;
            }
            d.sector = sector;
            d.role = d.person ? text : null;
            d.pending = d.person ? Draft.Pending.ROLE : Draft.Pending.BARE_AGENT;
            d.because(d.person ? Draft.Rule.ROLE : Draft.Rule.AGENT, d.titleKey);
        }
        if (organisation != null) {
            named(d, organisation, m >= 0 ? prefix.get(m) : namedAfter);
        }
        emit(d);
    }

    /**
     * Whether a capitalised title alone is the surname of a person named before ("Kevin King ... King and Weeks
     * were abducted"): the last word of a run of CoreNLP's PERSON tokens earlier in the article.
     */
    private boolean surname(Unit head) {
        int t = head.last();
        if (head.first() != t || !s.hasCapital(t) || s.ner(t).equals("PERSON")) {
            return false;
        }
        String word = s.word(t);
        for (ParsedSentence p : f.discourse.sentences) {
            for (int i = 1; i < p.size() && !(p == s && i >= t); i++) {
                if (p.word(i).equals(word) && p.ner(i).equals("PERSON") && p.ner(i - 1).equals("PERSON")
                        && (i + 1 == p.size() || !p.ner(i + 1).equals("PERSON"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a place right before a business noun that heads a company's proper name is part of the name: a town
     * or region the dictionary files under a country ("Sierra Nevada Corporation"), not the country's own name
     * ("Spanish Oil Company"). Companies take the names of places anywhere; a school or a police force named after
     * its town is that town's ("Columbus Police").
     */
    private boolean placeInName(Unit owner, Unit head) {
        return owner.is(Type.ACTOR) && owner.last() + 1 == head.first() && owner.piece().entry().kind() == ActorKind.COUNTRY
                && head.is(Type.AGENT) && ActorCode.mainSector(head.piece().agent().sector()).equals(BUSINESS)
                && s.isProper(head.last()) && s.ner(head.last()).equals("ORGANIZATION")
                && !f.actors.namesCountry(owner.piece().entry(), s.text(null, owner.first(), owner.last()));
    }

    /**
     * An agent of an organisation named in the text keeps the organisation's name, with the country that begins
     * it: "the National Union of Magistrates", "Catholic Church officials", "Pakistan Federal Union of Journalists".
     */
    private void named(Draft d, Unit organisation, Unit owner) {
        boolean begins = owner != null && owner.last() + 1 == organisation.first() && owner.is(Type.ACTOR)
                && owner.piece().entry().kind() == ActorKind.COUNTRY;
        d.name = s.text(f.body, begins ? owner.first() : organisation.first(), organisation.last());
        d.ownName = true;
    }

    /**
     * Whether an agent noun modifying another noun names the regime or the armed opposition that did it: "regime
     * air raids", "rebel fire" (a compound of a noun). The state's own forces are left out: "military
     * intervention", "police investigation" use the noun as an adjective and name no one.
     */
    private boolean side(Unit u) {
        return modifiesNoun(u.last()) && (ActorCode.of(u.piece().sector()).aimsAtHome() || f.titles.isRegime(u.piece().agent().phrase()));
    }

    /** Whether a noun is a compound modifier of a noun after it: "rebel" in "rebel fire". */
    private boolean modifiesNoun(int token) {
        return s.governors(token).stream().anyMatch(d -> d.relation().equals("compound") && d.governor() > token && s.isNoun(d.governor()));
    }

    /** Whether a noun owns what follows it: "a security forces' convoy". */
    private boolean possessive(int token) {
        return token + 1 < s.size() && s.pos(token + 1).equals("POS");
    }

    /** Whether a noun is counted: "killed two police officers" names particular people. */
    private boolean counted(int token) {
        return s.children(token).stream().anyMatch(d -> d.relation().equals("nummod"));
    }

    /** Whether a noun has a complement saying whose it is ("of the council", "from Qatar"). */
    private boolean complemented(int token) {
        return s.children(token).stream().anyMatch(d -> d.relation().startsWith("nmod:of") || d.relation().startsWith("nmod:from"));
    }

    /** "U.S. and European leaders": the first owner shares the second phrase's agent noun. */
    private boolean distributes(Chunk first, Chunk second) {
        List<Unit> a = Chunks.trim(s, first.units());
        List<Unit> b = Chunks.trim(s, second.units());
        if (a.size() != 1 || b.isEmpty() || !b.get(b.size() - 1).is(Type.AGENT)) {
            return false;
        }
        Unit only = a.get(0);
        boolean owner = only.is(Type.ACTOR) && only.piece().entry().kind() != ActorKind.PERSON;
        if (!owner && !only.is(Type.AGENT)) {
            return false;
        }
        int headToken = b.get(b.size() - 1).last();
        int token = s.head(only.first(), only.last());
        for (Dependency d : s.governors(token)) {
            if (d.governor() == headToken && Set.of("compound", "amod", "nmod:poss", "nmod").contains(d.relation())) {
                return true;
            }
        }
        return false;
    }

    private void distribute(Unit only, Chunk second) {
        List<Unit> b = Chunks.trim(s, second.units());
        Unit head = b.get(b.size() - 1);
        String lemma = s.lemma(head.last());
        Draft d = new Draft(s, only.first(), only.last());
        d.plural = true;
        if (only.is(Type.ACTOR)) {
            Draft owner = f.entry(s, only.first(), only.last(), only.piece().entry());
            d.code = f.combine(owner, head.piece().sector(), lemma);
            d.name = f.nameFor(d.code, owner);
            d.because(Draft.Rule.COORDINATION, head.piece().agent().phrase() + "+" + owner.rule);
        } else {
            String key = only.piece().agent().phrase() + " " + lemma;
            d.sector = f.agents.sector(key).orElse(only.piece().sector());
            d.agentKey = key;
            d.pending = Draft.Pending.BARE_AGENT;
            d.because(Draft.Rule.COORDINATION, "agent:" + key);
        }
        emit(d);
    }

    private Draft reference(Unit u) {
        Draft d = new Draft(s, u.first(), u.last());
        d.agentKey = s.lemma(u.first());
        d.pending = f.titles.isCountryNoun(d.agentKey) ? Draft.Pending.COUNTRY_NOUN : Draft.Pending.ORGANISATION_NOUN;
        d.because(Draft.Rule.REFERENCE, d.agentKey);
        return d;
    }

    private Draft pronoun(Unit u) {
        Draft d = new Draft(s, u.first(), u.last());
        d.agentKey = s.lower(u.first());
        d.pending = Draft.Pending.PRONOUN;
        d.because(Draft.Rule.PRONOUN, d.agentKey);
        return d;
    }

    private void emit(Draft d) {
        out.add(d);
    }
}
