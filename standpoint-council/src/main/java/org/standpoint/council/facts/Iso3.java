package org.standpoint.council.facts;

/** Validation of the three-letter state codes (ISO 3166-1 alpha-3, plus SUN, CSK, DDR, YUG). */
final class Iso3 {
    private Iso3() {
    }

    static String check(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not a three-letter state code: '" + iso3 + "'");
        }
        return iso3;
    }
}
