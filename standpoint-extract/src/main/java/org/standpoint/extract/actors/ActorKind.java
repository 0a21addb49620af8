package org.standpoint.extract.actors;

import java.util.Locale;

/** What sort of body an actor entry names; decides which pronouns and role nouns may refer to it. */
public enum ActorKind {
    /** A state, or a place standing for one (a capital, a seat of government). */
    COUNTRY,
    /** A group of states spoken of as one: the West, Europe. */
    REGION,
    /** An intergovernmental organisation, its organs and missions. */
    IGO,
    /** A non-governmental organisation. */
    NGO,
    /** A named person. */
    PERSON,
    /** Any other named group: a party, an armed group, a ministry, a news agency, a company. */
    GROUP;

    /** The lower-case name used in dictionary files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a dictionary file's label; throws naming the bad value. */
    public static ActorKind parse(String label) {
        for (ActorKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown actor kind '" + label + "' (expected country, region, igo, ngo, person or group)");
    }
}
