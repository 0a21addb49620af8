package org.standpoint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names actor codes as readers know them, from the code alone: {@code SYROPP} is the "Syrian opposition",
 * {@code RUSMED} the "Russian media", {@code SYRGOVMIL} the "Syrian government armed forces", {@code IGOUNO} the
 * "United Nations". Codes sum many people and outlets (Lavrov and Putin are both {@code RUSGOV}), so a name
 * for the code must come from what the code says, not from whoever was mentioned most under it. Read from the
 * bundled {@code actor-names.tsv}; immutable and thread-safe.
 */
public final class ActorNames {
    private static final String RESOURCE = "actor-names.tsv";

    private record Place(String name, String adjective) {
    }

    private record Sector(String noun, String modifier) {
    }

    private final Map<String, Place> places;
    private final Map<String, Sector> sectors;
    private final Map<String, String> organisations;

    private ActorNames(Map<String, Place> places, Map<String, Sector> sectors, Map<String, String> organisations) {
        this.places = Map.copyOf(places);
        this.sectors = Map.copyOf(sectors);
        this.organisations = Map.copyOf(organisations);
    }

    /** The bundled names. */
    public static ActorNames bundled() {
        return Bundled.NAMES;
    }

    /**
     * Reads rows {@code country|region CODE name adjective}, {@code sector CODE noun modifier} and
     * {@code organisation CODE name}; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static ActorNames parse(List<String> lines) {
        Map<String, Place> places = new HashMap<>();
        Map<String, Sector> sectors = new HashMap<>();
        Map<String, String> organisations = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int wanted = f[0].equals("organisation") ? 3 : 4;
            if (f.length != wanted || !ActorCode.isValid(f[1]) && !f[0].equals("organisation")) {
                throw new IllegalArgumentException(RESOURCE + ", line " + (i + 1) + ": expected " + wanted
                        + " tab-separated fields (kind, code, ...), got: " + line);
            }
            switch (f[0]) {
                case "country", "region" -> places.put(f[1], new Place(f[2], f[3]));
                case "sector" -> sectors.put(f[1], new Sector(f[2], f[3]));
                case "organisation" -> organisations.put(f[1], f[2]);
                default -> throw new IllegalArgumentException(RESOURCE + ", line " + (i + 1)
                        + ": unknown kind '" + f[0] + "' (country, region, sector, organisation)");
            }
        }
        return new ActorNames(places, sectors, organisations);
    }

    /**
     * The name of {@code code}: a place by its name, a place's sectors by its adjective and the sectors' nouns,
     * an organisation by the name of its own acronym or, failing that, by its kind and sectors; empty when the
     * place or a sector is not in the table.
     */
    public Optional<String> name(ActorCode code) {
        if (code.isOrganisation()) {
            return organisation(code);
        }
        Place place = places.get(code.prefix());
        if (place == null) {
            return Optional.empty();
        }
        if (code.isBareCountry()) {
            return Optional.of(place.name());
        }
        return sectorWords(code.sectors()).map(words -> place.adjective() + " " + words);
    }

    /** As {@link #name(ActorCode)}, the code itself when it cannot be named (so that every code shows as something). */
    public String nameOrCode(String code) {
        return ActorCode.parse(code).flatMap(this::name).orElse(code);
    }

    private Optional<String> organisation(ActorCode code) {
        List<String> parts = code.parts();
        // The most specific acronym the table knows, from the end: IGOUNOIAE is the IAEA before it is the UN.
        for (int i = parts.size() - 1; i >= 1; i--) {
            String name = organisations.get(parts.get(i));
            if (name != null) {
                return Optional.of(name);
            }
        }
        String kind = organisations.get(code.prefix());
        if (kind == null) {
            return Optional.empty();
        }
        // A last part that names no organisation the table knows may be a sector (NGOHRI: human rights).
        List<String> known = parts.subList(1, parts.size()).stream().filter(sectors::containsKey).toList();
        if (known.isEmpty()) {
            return Optional.of(kind);
        }
        List<String> words = new ArrayList<>();
        known.forEach(s -> words.add(sectors.get(s).modifier()));
        return Optional.of(String.join(" ", words) + " " + kind);
    }

    /** The sectors' words: each but the last as a modifier, the last as a noun ("government armed forces"). */
    private Optional<String> sectorWords(List<String> codes) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Sector s = sectors.get(codes.get(i));
            if (s == null) {
                return Optional.empty();
            }
            words.add(i == codes.size() - 1 ? s.noun() : s.modifier());
        }
        return Optional.of(String.join(" ", words));
    }

    private static final class Bundled {
        static final ActorNames NAMES = load();

        private static ActorNames load() {
            try (InputStream in = ActorNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled resource " + RESOURCE);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
