package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.PartialDate;

/**
 * Makes drafts from dictionary entries, agent nouns and titles, with codes valid on the article's date; holds
 * what one article's resolution reads: the dictionaries, the lexicon's words and what the article said so far.
 */
final class DraftFactory {
    final ActorDictionary actors;
    final AgentDictionary agents;
    final Lexicon words;
    final Titles titles;
    final PartialDate date;
    final String body;
    final Discourse discourse;
    /** The country of the article's dateline ("MINGORA, Pakistan (Reuters) -"), once read; null without one. */
    String datelineCountry;

    DraftFactory(ActorDictionary actors, AgentDictionary agents, Lexicon words, PartialDate date, String body) {
        this.actors = actors;
        this.agents = agents;
        this.words = words;
        this.titles = new Titles(words);
        this.date = date;
        this.body = body;
        this.discourse = new Discourse(words);
    }

    /** A named actor: a country, region, organisation, group or person from the dictionary. */
    Draft entry(ParsedSentence s, int first, int last, ActorEntry e) {
        Draft d = new Draft(s, first, last);
        Role role = actors.resolvedRole(e, date);
        d.code = role.code();
        d.entry = e;
        d.person = e.kind() == ActorKind.PERSON;
        d.human = d.person;
        d.name = e.kind() == ActorKind.COUNTRY ? actors.countryName(d.code).orElse(e.name()) : e.name();
        d.role = d.person ? role.title() : null;
        d.plural = s.isPlural(d.head);
        d.because(Draft.Rule.DICTIONARY, e.id());
        return d;
    }

    /** The same person as {@code said}, named again (by surname, or in full). */
    Draft again(ParsedSentence s, int first, int last, Draft said) {
        Draft d = new Draft(s, first, last);
        d.person = true;
        d.human = true;
        d.antecedent = said;
        d.ownName = said.ownName;
        d.name = said.name;
        if (said.resolved()) {
            d.copy(said, Draft.Rule.NAMED_BEFORE, said.name);
        } else {
            d.pending = Draft.Pending.ANTECEDENT;
            d.because(Draft.Rule.NAMED_BEFORE, said.name);
        }
        return d;
    }

    /** Remembers the person a draft names, under the spellings it was written with and the entry's. */
    void remember(Draft person, String written) {
        List<String> spellings = new ArrayList<>();
        spellings.add(written);
        Set<String> countries = new HashSet<>();
        if (person.entry != null) {
            spellings.addAll(person.entry.names());
            person.entry.roles().forEach(r -> ActorCode.of(r.code()).country().ifPresent(countries::add));
        }
        if (person.code != null) {
            ActorCode.of(person.code).country().ifPresent(countries::add);
        }
        discourse.rememberPerson(person, spellings, countries);
    }

    /**
     * The code of an agent acting for {@code owner}: a country's or a person's country with the agent's sector
     * ("Syrian forces" SYRMIL, "Assad's opponents" SYROPP); an organisation's, region's or group's own code; a
     * person's own code for their entourage ("Ghalioun's delegation").
     */
    String combine(Draft owner, String sector, String headLemma) {
        if (owner.code == null || sector == null) {
            return owner.code;
        }
        ActorKind kind = owner.entry == null ? (owner.person ? ActorKind.PERSON : ActorKind.COUNTRY) : owner.entry.kind();
        boolean country = actors.isCountryLevel(owner.code);
        if (kind == ActorKind.PERSON && titles.isEntourage(headLemma)) {
            return owner.code;
        }
        if ((kind == ActorKind.COUNTRY || kind == ActorKind.PERSON) && country) {
            return ActorCode.of(owner.code).withSector(sector).value();
        }
        return owner.code;
    }

    /** The name a combined draft takes: the country's for country-level codes, else the owner's. */
    String nameFor(String code, Draft owner) {
        if (owner.entry != null && owner.entry.kind() != ActorKind.COUNTRY && owner.entry.kind() != ActorKind.PERSON) {
            return owner.name;
        }
        if (owner.person && code != null && code.equals(owner.code)) {
            return owner.name;
        }
        return actors.countryName(code).orElse(owner.name);
    }

    /** Lower-case title words of tokens {@code first..last}: the key role nouns are compared with. */
    String titleKey(ParsedSentence s, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String w = i == last ? s.lemma(i) : String.join(" ", s.words.get(i));
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
