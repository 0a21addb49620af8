package org.standpoint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CAMEO/Phoenix actor code: {@code RUSGOV}, {@code SYROPP}, {@code IGOUNO}, {@code IGOMEAARL}, {@code RUSMED}.
 *
 * <p>The code is 3 to 15 capital letters A–Z, read as three-letter parts from the left (a few Phoenix codes end
 * in a shorter part). The first part is a country (ISO 3166 alpha-3, {@code RUS}), a CAMEO region ({@code WST},
 * {@code EUR}) or, for an organisation, its kind: {@code IGO} (intergovernmental), {@code NGO}
 * (non-governmental), {@code IMG} (international militarised group) or {@code MNC} (multinational company).
 * After a country come its sectors ({@code RUSGOV}: government; {@code SYRGOVLEG}: legislature); an
 * organisation's code ends with its own acronym ({@code IGOMEAARL}: the Arab League, {@code ARL}), with what
 * Phoenix puts between (region or sector) as its sectors. A code of one part that is no organisation is a bare
 * country or region: the place as a whole. An agent whose country the text never says ("police", "gunmen" in a
 * report naming no country) is coded, as CAMEO coders and GDELT do, by its sectors alone ({@code COP},
 * {@code GOVLEG}): such a code has no country.
 *
 * @param value the code as written, e.g. {@code RUSGOV}
 */
public record ActorCode(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z]{3,15}");
    private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "IMG", "MNC");
    /** A country's own people against or apart from its rulers: their positions aim at home, not abroad. */
    private static final Set<String> AT_HOME = Set.of("OPP", "REB", "CVL", "UAF");
    /** The sides of a country's own conflict: where they are named, the fighting is. */
    private static final Set<String> DOMESTIC_CONFLICT = Set.of("OPP", "REB", "CVL", "COP", "MIL", "UAF");
    /** Sectors that bear arms: force against them is fighting (CAMEO 19), force against others assault (18). */
    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "COP", "SPY");
    /** The kind of an international militarised group (IMG), an armed body by what it is. */
    private static final String MILITANT_GROUP = "IMG";
    /**
     * CAMEO agent types that may stand first when no country is known. None is an ISO 3166 alpha-3 code or a CAMEO
     * region; religions are left out, since MUS is Mauritius.
     */
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "RAD", "AGR", "ELI", "ENV", "HRI", "UAF", "INS",
            "MOD", "SET", "PPL");
    /** Kinds whose first three letters are a kind of body, not a country, in {@link #summaryKey()}. */
    private static final Set<String> SUMMED_WHOLE = Set.of("IGO", "NGO");

    public ActorCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("actor code must be 3 to 15 capital letters A-Z, got '" + value + "'");
        }
    }

    /** The code written {@code value}; throws naming it when it is no actor code. */
    public static ActorCode of(String value) {
        return new ActorCode(value);
    }

    /** The code written {@code value}, or empty for null or text that is no actor code (stored or user data). */
    public static Optional<ActorCode> parse(String value) {
        return isValid(value) ? Optional.of(new ActorCode(value)) : Optional.empty();
    }

    /** Whether {@code value} is written as an actor code: 3 to 15 capital letters A–Z. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The three-letter parts from the left; the last may be shorter. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < value.length(); i += 3) {
            parts.add(value.substring(i, Math.min(i + 3, value.length())));
        }
        return List.copyOf(parts);
    }

    /** The first part: a country, a region, or the kind of an organisation. */
    public String prefix() {
        return value.substring(0, 3);
    }

    /**
     * The country or region the code belongs to ({@code SYRGOV}: {@code SYR}); empty for an organisation and for
     * an agent of no known country ({@code COP}).
     */
    public Optional<String> country() {
        return isOrganisation() || isSectorOnly() ? Optional.empty() : Optional.of(prefix());
    }

    /** The code of an agent whose country is not known: its sectors alone ({@code COP}, {@code GOVLEG}). */
    public static ActorCode ofSectors(String sectors) {
        if (!isSectorKind(sectors.substring(0, Math.min(3, sectors.length())))) {
            throw new IllegalArgumentException("'" + sectors + "' does not begin with a CAMEO agent type that may stand first");
        }
        return new ActorCode(sectors);
    }

    /** Whether the code is an agent of no known country: its first part is an agent type ({@code COP}). */
    public boolean isSectorOnly() {
        return isSectorKind(prefix());
    }

    /** Whether a three-letter part is a CAMEO agent type that may begin a code of no country ({@code COP}). */
    public static boolean isSectorKind(String part) {
        return SECTORS.contains(part);
    }

    /**
     * The sectors: for a country or region the parts after it ({@code SYRGOVLEG}: GOV, LEG); for an organisation
     * the parts between its kind and its acronym; for an agent of no known country all its parts.
     */
    public List<String> sectors() {
        List<String> parts = parts();
        int end = isOrganisation() && parts.size() > 1 ? parts.size() - 1 : parts.size();
        return parts.subList(isSectorOnly() ? 0 : 1, end);
    }

    /** Whether the code names an organisation: its first part is IGO, NGO, IMG or MNC. */
    public boolean isOrganisation() {
        return isOrganisationKind(prefix());
    }

    /** Whether the code names an intergovernmental organisation or one of its organs: its first part is IGO. */
    public boolean isIntergovernmental() {
        return prefix().equals("IGO");
    }

    /** Whether a code's first part is a kind of organisation (IGO, NGO, IMG, MNC) rather than a place. */
    public static boolean isOrganisationKind(String part) {
        return ORGANISATIONS.contains(part);
    }

    /** An organisation's own acronym, its last part ({@code IGOMEAARL}: {@code ARL}); empty for others. */
    public Optional<String> organisation() {
        List<String> parts = parts();
        return isOrganisation() && parts.size() > 1 ? Optional.of(parts.get(parts.size() - 1)) : Optional.empty();
    }

    /** Whether the code is a country or region alone ({@code RUS}), no sector, no organisation. */
    public boolean isBareCountry() {
        return value.length() == 3 && !isOrganisation() && !isSectorOnly();
    }

    /** Whether the code's first sector is GOV: a government, or someone acting for it ({@code FRAGOV}). */
    public boolean isGovernment() {
        return firstSector().equals("GOV");
    }

    /** Whether the code names a news medium: its last part is MED ({@code RUSMED}). */
    public boolean isMedium() {
        return value.endsWith("MED");
    }

    /**
     * Whether the code's first sector is a country's own opposition, rebels, civilians or unaligned armed forces
     * (OPP, REB, CVL, UAF), whose positions aim at their own country rather than abroad as a government's do.
     */
    public boolean aimsAtHome() {
        return AT_HOME.contains(firstSector());
    }

    /**
     * Whether the code's first sector is a side of a country's own conflict: opposition, rebels, civilians,
     * police, armed forces or unaligned armed forces (see {@link #isDomesticConflictSector}).
     */
    public boolean inDomesticConflict() {
        return isDomesticConflictSector(firstSector());
    }

    /**
     * Whether the code is an armed body: armed forces, rebels, unaligned armed forces, police or intelligence as its
     * first sector, or a militarised group ({@code IMG}). Force used on it is fighting; on anyone else, assault.
     */
    public boolean bearsArms() {
        return ARMED.contains(firstSector()) || prefix().equals(MILITANT_GROUP);
    }

    /**
     * Whether a sector string ({@code REB}, {@code MILGOV}) begins with a side of a country's own conflict: OPP,
     * REB, CVL, COP, MIL or UAF. A bare agent of such a sector belongs where such sides were already named.
     */
    public static boolean isDomesticConflictSector(String sector) {
        return sector != null && sector.length() >= 3 && DOMESTIC_CONFLICT.contains(mainSector(sector));
    }

    /** The sector a sector string belongs to first: its first three letters ({@code GOVLEG}: {@code GOV}). */
    public static String mainSector(String sector) {
        return sector.substring(0, 3);
    }

    /** The same country or region with {@code sector} after it: {@code SYR} or {@code SYRGOV} with MIL is SYRMIL. */
    public ActorCode withSector(String sector) {
        return new ActorCode(prefix() + sector);
    }

    /**
     * The key under which the store sums positions and interactions (stance timelines, the event network): IGO
     * and NGO codes whole, since their first part is a kind of body; every other code its first part, so that
     * {@code RUSGOV} and {@code RUSMIL} are both {@code RUS}, and militant groups (IMG) and companies (MNC) are
     * summed by their kind, as the store has always done.
     */
    public String summaryKey() {
        return SUMMED_WHOLE.contains(prefix()) ? value : prefix();
    }

    /**
     * The key by which an evaluation counts two codes as one actor, as the shared scorer keys them: the country
     * or region ({@code RUSGOV}: {@code RUS}), or an organisation's kind and the last three letters, its own
     * acronym ({@code IGOMEAARL}: {@code IGO:ARL}).
     */
    public String countryKey() {
        return isOrganisation() && value.length() >= 6 ? prefix() + ":" + value.substring(value.length() - 3) : prefix();
    }

    /**
     * Whether two codes are one actor for an event between them: the same code, or a bare country and its own
     * government ({@code SYR} and {@code SYRGOV}). An actor does not act on itself.
     */
    public boolean isSameActor(ActorCode other) {
        return equals(other) || isBareCountry() && other.equals(withSector("GOV"))
                || other.isBareCountry() && equals(other.withSector("GOV"));
    }

    private String firstSector() {
        if (isSectorOnly()) {
            return prefix();
        }
        return value.length() >= 6 ? value.substring(3, 6) : "";
    }

    @Override
    public String toString() {
        return value;
    }
}
