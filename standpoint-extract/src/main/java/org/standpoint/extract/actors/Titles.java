package org.standpoint.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;

/**
 * Words of English that name a person by the office they hold ("minister", "spokesman", "head"), and the ways
 * news reports refer back to such a person or body ("the minister", "the country", "the daily"): the lexicon's
 * {@code title}, {@code title-variant}, {@code entourage-noun}, {@code reference-noun}, {@code regime-noun} and
 * {@code person-noun} lists. Linguistic knowledge, not facts about actors: those are in the dictionaries. Immutable and thread-safe.
 */
final class Titles {
    /** Head nouns (lemmas) that denote one person by office. */
    private final Set<String> person;
    /** Abbreviated titles that only ever precede a name. */
    private final Set<String> honorific;
    /** Courtesy titles that say nothing of an office: "Mr. X" is no one in particular. */
    private final Set<String> courtesy;
    /** Nouns that say nothing of the sector by themselves: "Foreign Ministry spokesman" takes the ministry's. */
    private final Set<String> generic;
    /** Offices whose holder leads a state; "the leader" may refer back to any of them. */
    private final Set<String> leader;
    /** Role nouns that may refer back to any head of state or government: "the longtime leader". */
    private final Set<String> anyLeader;
    /** Role nouns that may refer back to anyone with a role: "his counterpart". */
    private final Set<String> anyOffice;
    /** Words that make a title a particular office rather than an adjective before a noun. */
    private final Set<String> qualifiers;
    /** Words that continue a title before a name: "Secretary of State". */
    private final Set<String> inside;
    /** Spellings compared as another title: "spokeswoman" as "spokesman". */
    private final Map<String, String> variants;
    /** A person's own people: "Ghalioun's delegation" acts for Ghalioun's body, whatever its sector. */
    private final Set<String> entourage;
    /** Nouns standing for the last country named: "the country", "the nation". */
    private final Set<String> country;
    /** Nouns standing for the last organisation named whose name contains them, or its kind. */
    private final Set<String> organisation;
    /** Nouns standing for the last news medium named: "the daily". */
    private final Set<String> media;
    /** Government nouns said of a government facing its own people: "the regime". */
    private final Set<String> regime;
    /** Agent nouns for one person that are no office: "a man", "the bomber". */
    private final Set<String> individual;

    Titles(Lexicon words) {
        this.person = words.withUse("title", "office");
        this.honorific = words.withUse("title", "honorific");
        this.courtesy = words.withUse("title", "courtesy");
        this.generic = words.withUse("title", "generic");
        this.leader = words.withUse("title", "leader");
        this.anyLeader = words.withUse("title", "any-leader");
        this.anyOffice = words.withUse("title", "any-office");
        this.qualifiers = words.withUse("title", "qualifier");
        this.inside = words.withUse("title", "inside");
        this.variants = words.map("title-variant");
        this.entourage = words.words("entourage-noun");
        this.country = words.withUse("reference-noun", "country");
        this.organisation = words.withUse("reference-noun", "organisation");
        this.media = words.withUse("reference-noun", "medium");
        this.regime = words.words("regime-noun");
        this.individual = words.words("person-noun");
    }

    boolean isPerson(String lemma) {
        return person.contains(lemma);
    }

    /** Whether a noun denotes one person, by office or otherwise ("minister", "man", "bomber"). */
    boolean isIndividual(String lemma) {
        return person.contains(lemma) || individual.contains(lemma);
    }

    boolean isHonorific(String word) {
        return honorific.contains(word);
    }

    boolean isCourtesy(String word) {
        return courtesy.contains(word);
    }

    boolean isGeneric(String lemma) {
        return generic.contains(lemma);
    }

    /** Whether a role's text names an office that leads a state ("Prime Minister", "Vice-President" too). */
    boolean isLeader(String role) {
        return role != null && leader.stream().anyMatch(role.toLowerCase(Locale.ROOT)::contains);
    }

    /** A word that continues a title before a name: "Secretary of State". */
    boolean continuesTitle(String lemma) {
        return inside.contains(lemma);
    }

    boolean isEntourage(String lemma) {
        return entourage.contains(lemma);
    }

    boolean isCountryNoun(String lemma) {
        return country.contains(lemma);
    }

    boolean isOrganisationNoun(String lemma) {
        return organisation.contains(lemma);
    }

    /** Media nouns: refer back to the last news organisation named. */
    boolean isMediaNoun(String lemma) {
        return media.contains(lemma);
    }

    boolean isRegime(String noun) {
        return regime.contains(noun);
    }

    /**
     * Whether a person with {@code role} can be meant by a role noun: "the minister" by a Foreign Minister, "the
     * foreign minister" not by a Defence Minister, "the longtime leader" by any head of state or government.
     */
    boolean compatible(String titleKey, String role) {
        if (titleKey == null || role == null) {
            return false;
        }
        String r = " " + String.join(" ", NameKey.words(role)) + " ";
        String canonical = titleKey;
        for (Map.Entry<String, String> v : variants.entrySet()) {
            canonical = canonical.replace(v.getKey(), v.getValue());
        }
        List<String> key = NameKey.words(canonical);
        if (key.isEmpty()) {
            return false;
        }
        String last = key.get(key.size() - 1);
        if (anyLeader.contains(last)) {
            return isLeader(role) || r.contains(" " + last + " ");
        }
        if (anyOffice.contains(last)) {
            return true;
        }
        for (int i = 0; i < key.size(); i++) {
            if (r.contains(" " + String.join(" ", key.subList(i, key.size())) + " ")) {
                return true;
            }
            if (qualifiers.contains(key.get(i))) {
                return false; // "foreign minister" names an office; a Defence Minister does not hold it
            }
        }
        return false;
    }
}
