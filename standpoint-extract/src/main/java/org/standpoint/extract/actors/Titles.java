package org.standpoint.extract.actors;

import java.util.Set;

/**
 * Words of English that name a person by the office they hold ("minister", "spokesman", "head"), and the ways
 * news reports refer back to such a person. Linguistic knowledge, not facts about actors: those are in the
 * dictionaries.
 */
final class Titles {
    /** Head nouns (lemmas) that denote one person by office. */
    private static final Set<String> PERSON = Set.of("minister", "president", "king", "queen", "emir", "prince",
            "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
            "diplomat", "official", "leader", "chairman", "chairwoman", "chair", "head", "chief", "commander",
            "general", "colonel", "governor", "senator", "lawmaker", "deputy", "counterpart", "representative",
            "negotiator", "adviser", "advisor", "director", "coordinator", "mediator", "monarch", "ruler", "dictator",
            "strongman", "prosecutor", "mayor", "rapporteur", "commissioner", "aide", "sheikh", "sultan",
            "vice-president", "secretary-general", "officer", "founder", "member");
    /** Abbreviated titles that only ever precede a name. */
    private static final Set<String> HONORIFIC = Set.of("mr", "mrs", "ms", "dr", "sir", "lady", "lord", "baroness",
            "sheikh", "col", "gen", "lt", "sen", "rep", "gov", "pres", "prof", "ayatollah", "colonel", "general",
            "prince", "king", "queen", "emir", "chairman", "head");
    /** Courtesy titles that say nothing of an office: "Mr. X" is no one in particular. */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "dr", "sir", "lady", "lord", "baroness",
            "sheikh", "prof", "ayatollah");
    /** Nouns that say nothing of the sector by themselves: "Foreign Ministry spokesman" takes the ministry's. */
    private static final Set<String> GENERIC = Set.of("spokesman", "spokeswoman", "spokesperson", "leader",
            "official", "chief", "head", "member", "representative", "figure", "source", "officer", "leadership",
            "deputy", "aide", "adviser", "advisor", "chairman", "chair", "director");
    /** Offices whose holder leads a state; "the leader" may refer back to any of them. */
    private static final Set<String> LEADER = Set.of("president", "king", "queen", "emir", "leader", "prime minister",
            "premier", "chancellor", "monarch", "ruler", "dictator", "strongman", "sultan", "supreme leader");
    /** A person's own people: "Ghalioun's delegation" acts for Ghalioun's body, whatever its sector. */
    private static final Set<String> ENTOURAGE = Set.of("delegation", "team", "aide", "adviser", "advisor", "office",
            "spokesman", "spokeswoman", "spokesperson", "envoy", "representative", "camp", "entourage", "supporter",
            "loyalist", "ally", "lawyer", "administration", "government", "regime", "party", "movement");
    /** Nouns standing for the last country named: "the country", "the nation". */
    private static final Set<String> COUNTRY = Set.of("country", "nation");
    /** Nouns standing for the last organisation named whose name contains them, or its kind. */
    private static final Set<String> ORGANISATION = Set.of("alliance", "bloc", "organisation", "organization",
            "league", "council", "union", "coalition", "movement", "agency", "body", "group", "daily", "newspaper",
            "paper", "broadcaster", "channel", "court", "commission", "assembly");

    private Titles() {
    }

    static boolean isPerson(String lemma) {
        return PERSON.contains(lemma);
    }

    static boolean isHonorific(String word) {
        return HONORIFIC.contains(word);
    }

    static boolean isCourtesy(String word) {
        return COURTESY.contains(word);
    }

    static boolean isGeneric(String lemma) {
        return GENERIC.contains(lemma);
    }

    static boolean isLeader(String role) {
        return role != null && LEADER.stream().anyMatch(role.toLowerCase(java.util.Locale.ROOT)::contains);
    }

    static boolean isEntourage(String lemma) {
        return ENTOURAGE.contains(lemma);
    }

    static boolean isCountryNoun(String lemma) {
        return COUNTRY.contains(lemma);
    }

    static boolean isOrganisationNoun(String lemma) {
        return ORGANISATION.contains(lemma);
    }

    /** Media nouns: refer back to the last news organisation named. */
    static boolean isMediaNoun(String lemma) {
        return Set.of("daily", "newspaper", "paper", "broadcaster", "channel", "agency").contains(lemma);
    }
}
