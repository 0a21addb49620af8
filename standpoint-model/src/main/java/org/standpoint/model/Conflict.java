package org.standpoint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country whose war or crisis an article reports: the one whose own sides (opposition, rebels, civilians,
 * armed forces, police) the article names most, else the country it names most; of two named as often, the one
 * named first. Stances without a named target aim at it, and figures count its dead.
 *
 * @param country the country's ISO 3166 alpha-3 code (or a region's CAMEO code), e.g. {@code SYR}
 * @param fought whether the article names the country's own sides, not only the country: then its own
 *               government's positions aim at home too
 */
public record Conflict(String country, boolean fought) {
    public Conflict {
        if (country == null || country.isBlank()) {
            throw new IllegalArgumentException("a conflict needs a country, got " + country);
        }
    }

    /** The conflict of an article with these actor mentions; empty when it names no country. */
    public static Optional<Conflict> of(List<Mention> mentions) {
        return of(mentions, null);
    }

    /**
     * The conflict of an article with these actor mentions other than {@code except}'s country ("the foreign
     * country a government's position aims at"); empty when it names no other.
     */
    public static Optional<Conflict> of(List<Mention> mentions, String except) {
        Map<String, Integer> domestic = new LinkedHashMap<>();
        Map<String, Integer> all = new LinkedHashMap<>();
        for (Mention m : mentions) {
            ActorCode.parse(m.code()).filter(code -> !code.isOrganisation() && !code.prefix().equals(except)).ifPresent(code -> {
                all.merge(code.prefix(), 1, Integer::sum);
                if (code.inDomesticConflict()) {
                    domestic.merge(code.prefix(), 1, Integer::sum);
                }
            });
        }
        Map<String, Integer> basis = domestic.isEmpty() ? all : domestic;
        String most = null;
        for (Map.Entry<String, Integer> e : basis.entrySet()) {
            if (most == null || e.getValue() > basis.get(most)) {
                most = e.getKey();
            }
        }
        boolean fought = !domestic.isEmpty();
        return Optional.ofNullable(most).map(c -> new Conflict(c, fought));
    }
}
