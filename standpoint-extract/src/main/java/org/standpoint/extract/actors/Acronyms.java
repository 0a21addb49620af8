package org.standpoint.extract.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.standpoint.model.ActorCode;

/**
 * An acronym names one country's organisation only in an article that names that country. A few capitals are
 * shared by many bodies the world over: in a report from Syria "SNC" is the Syrian National Council, in one on
 * spacecraft it is a company, and "PA" or "NDF" are as open. Read alone, such an acronym would bring a foreign
 * war into the article: its people and rebels would take that country, and so would the article's conflict. So an
 * acronym resolved to a national organisation, party or person is kept only when another mention of the article
 * resolves to the same country (a name written out, a country, a capital, a dateline). Acronyms of states ("UAE"),
 * of international bodies ("NATO", "WHO") and of news media ("AFP", "BBC"), which report from anywhere, are always
 * kept.
 */
final class Acronyms {
    /** The longest acronym read as one: longer words in capitals are headlines or names written out. */
    private static final int LONGEST = 6;

    private Acronyms() {
    }

    /** Unresolves the acronym mentions among {@code drafts} whose country no other mention names. */
    static void dropUnsupported(List<Draft> drafts) {
        Set<String> named = drafts.stream().filter(d -> d.resolved() && !nationalAcronym(d))
                .map(d -> country(d.code)).flatMap(Optional::stream).collect(Collectors.toSet());
        for (Draft d : drafts) {
            if (nationalAcronym(d) && !named.contains(country(d.code).orElseThrow())) {
                d.unresolve();
            }
        }
    }

    /** Whether the draft is one capitalised token the dictionary read as one country's organisation or person. */
    private static boolean nationalAcronym(Draft d) {
        return d.resolved() && d.kind == Draft.Rule.DICTIONARY && d.first == d.last && d.entry != null
                && d.entry.kind() != ActorKind.COUNTRY && d.entry.kind() != ActorKind.REGION
                && !ActorCode.of(d.code).isMedium() && d.sentence.inCapitals(d.first)
                && d.sentence.word(d.first).length() <= LONGEST
                && country(d.code).isPresent();
    }

    private static Optional<String> country(String code) {
        return ActorCode.parse(code).filter(c -> !c.isOrganisation()).flatMap(ActorCode::country);
    }
}
