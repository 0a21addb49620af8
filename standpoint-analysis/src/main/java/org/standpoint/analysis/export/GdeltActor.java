package org.standpoint.analysis.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standpoint.model.ActorCode;

/**
 * The ten GDELT columns describing one actor, taken apart from its CAMEO/Phoenix code. A code is read in
 * three-letter parts: a country ({@code RUS}) or CAMEO region ({@code WST}) and then sectors
 * ({@code RUSGOV}: country RUS, Type1 GOV); an organisation ({@code IGOUNO}, {@code IGOMEAARL}) gives its kind
 * as Type1 and its own acronym, the last part, as KnownGroupCode; anything else is read as sectors only.
 * Ethnic and religion codes are never known and are left empty.
 */
public record GdeltActor(String code, String name, String countryCode, String knownGroupCode, List<String> types) {
    private static final Set<String> REGIONS = Set.of("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU",
            "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF",
            "WAF", "WST");
    /** ISO 3166 alpha-3 countries and the CAMEO regions, which GDELT writes as country codes too. */
    private static final Set<String> COUNTRIES = Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(), REGIONS.stream())
            .collect(Collectors.toUnmodifiableSet());

    public static GdeltActor of(String code, String name) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<ActorCode> parsed = ActorCode.parse(c);
        if (parsed.isEmpty()) {
            return new GdeltActor(c, name, "", "", List.of());
        }
        ActorCode a = parsed.get();
        List<String> parts = a.parts();
        Optional<String> acronym = a.organisation();
        if (acronym.isPresent()) {
            List<String> types = new ArrayList<>(List.of(a.prefix()));
            a.sectors().stream().filter(p -> !REGIONS.contains(p)).forEach(types::add);
            return new GdeltActor(c, name, "", acronym.get(), types);
        }
        if (COUNTRIES.contains(a.prefix())) {
            return new GdeltActor(c, name, a.prefix(), "", parts.subList(1, parts.size()));
        }
        return new GdeltActor(c, name, "", "", parts);
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    public List<String> fields() {
        List<String> out = new ArrayList<>(Arrays.asList(code, name == null ? "" : name, countryCode, knownGroupCode,
                "", "", ""));
        for (int i = 0; i < 3; i++) {
            out.add(i < types.size() ? types.get(i) : "");
        }
        return out;
    }
}
