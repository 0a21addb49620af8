package org.standpoint.extract.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standpoint.model.ActorCode;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;
import org.standpoint.model.PartialDate;

/**
 * The actor knowledge base: countries, regions, organisations, groups and people with dated roles, read from
 * layers of {@link ActorTable} files. The bundled layers are {@code actors.tsv} (derived from Phoenix by
 * {@link PhoenixImporter}) and the hand-curated {@code supplement.tsv}; users add their own files on top. A row
 * of a later layer replaces the row with the same id, and a spelling claimed by several entries belongs to the
 * entry of the latest layer (within a layer, the first). Names are compared as {@link NameKey}s. Immutable and
 * thread-safe.
 */
public final class ActorDictionary {
    /** How the supplement names the rows of a country's own names and of its seat of government. */
    private static final String NAMES_ROWS = "-names";
    private static final String SEAT_ROWS = "-seat";
    private static final String[] BUNDLED = {"actors.tsv", "supplement.tsv"};
    private static volatile ActorDictionary bundled;

    private final List<List<ActorEntry>> layers;
    private final ContentDigest read;
    private final Map<String, ActorEntry> byId;
    private final Map<String, ActorEntry> byName;
    private final Map<String, Integer> longestByFirstWord;
    private final Map<String, String> countryNames;

    private ActorDictionary(List<List<ActorEntry>> layers, ContentDigest read) {
        this.layers = List.copyOf(layers);
        this.read = read;
        Map<String, ActorEntry> ids = new LinkedHashMap<>();
        for (List<ActorEntry> layer : layers) {
            for (ActorEntry e : layer) {
                ids.remove(e.id()); // a replaced entry takes its new place in order
                ids.put(e.id(), e);
            }
        }
        Map<String, ActorEntry> names = new HashMap<>();
        Map<String, Integer> longest = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            for (ActorEntry e : layers.get(i)) {
                if (ids.get(e.id()) != e) {
                    continue; // replaced by a later layer
                }
                for (String n : e.names()) {
                    List<String> words = NameKey.words(n);
                    if (!words.isEmpty() && names.putIfAbsent(String.join(" ", words), e) == null) {
                        longest.merge(words.get(0), words.size(), Math::max);
                    }
                }
                if (e.kind() == ActorKind.COUNTRY) {
                    e.roles().stream().map(Role::code).filter(c -> ActorCode.of(c).isBareCountry())
                            .forEach(c -> countries.putIfAbsent(c, e.name()));
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.longestByFirstWord = Map.copyOf(longest);
        this.countryNames = Map.copyOf(countries);
    }

    /** The bundled knowledge base, read once per process. */
    public static ActorDictionary bundled() {
        ActorDictionary d = bundled;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                d = bundled;
                if (d == null) {
                    List<List<ActorEntry>> layers = new ArrayList<>();
                    ContentDigest read = ContentDigest.EMPTY;
                    for (String name : BUNDLED) {
                        DataFile file = DataFile.bundled(ActorDictionary.class, name);
                        layers.add(ActorTable.read(file.reader(), name));
                        read = read.plus(file.content());
                    }
                    bundled = d = new ActorDictionary(layers, read);
                }
            }
        }
        return d;
    }

    /** A dictionary of the given layers only, lowest first; for tests and tools. */
    public static ActorDictionary of(List<List<ActorEntry>> layers) {
        return new ActorDictionary(layers, ContentDigest.EMPTY);
    }

    /**
     * This dictionary with a user's file on top: its rows replace entries with the same id and win every
     * spelling they list. A malformed row is a {@link DictionaryFormatException} naming the file and line.
     */
    public ActorDictionary withUserFile(Path file) {
        return withUserFile(DataFile.read(file));
    }

    /** As {@link #withUserFile(Path)}, for a file read elsewhere (shipped to another machine, say). */
    public ActorDictionary withUserFile(DataFile file) {
        List<List<ActorEntry>> more = new ArrayList<>(layers);
        more.add(ActorTable.read(file.reader(), file.name()));
        return new ActorDictionary(more, read.plus(file.content()));
    }

    /** The content of every file this dictionary was read from, bundled and the user's. */
    public ContentDigest digest() {
        return read;
    }

    public Optional<ActorEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry a whole name denotes, in any spelling ({@code Juppé}, {@code JUPPE}, {@code U.S.}). */
    public Optional<ActorEntry> lookup(String name) {
        return Optional.ofNullable(byName.get(NameKey.key(name)));
    }

    public Collection<ActorEntry> entries() {
        return byId.values();
    }

    /** The name of the country a code belongs to ({@code RUS}, {@code RUSGOV -> Russia}), if it is one. */
    public Optional<String> countryName(String code) {
        return ActorCode.parse(code).flatMap(ActorCode::country).map(countryNames::get);
    }

    /** Whether a code begins with a country's code (so that a sector may be put after it). */
    public boolean isCountryLevel(String code) {
        return countryName(code).isPresent();
    }

    /** The role an entry held on {@code date}; with no date, its latest role. See {@link ActorEntry#roleOn}. */
    public Optional<Role> roleOn(ActorEntry entry, PartialDate date) {
        return entry.roleOn(date == null ? null : date.firstDay());
    }

    /**
     * The entry's code on {@code date}. When no role covers the date and there is no default, the role nearest
     * in time: a person keeps the affiliation known for other years rather than getting no code.
     */
    public String codeOn(ActorEntry entry, PartialDate date) {
        return resolvedRole(entry, date).code();
    }

    Role resolvedRole(ActorEntry entry, PartialDate date) {
        LocalDate day = date == null ? null : date.firstDay();
        return entry.roleOn(day).orElseGet(() -> entry.nearestRole(day));
    }

    /**
     * Whether {@code text}, matched on a country's entry, names the country itself (its name, adjective or seat of
     * government: the supplement's {@code -names} and {@code -seat} rows, or the entry's own name, "Hong Kong"),
     * not a town or region in it ("Sierra Nevada"): many places share a name, and a body named after one is no
     * more its country's than a company is.
     */
    boolean namesCountry(ActorEntry entry, String text) {
        return entry.kind() == ActorKind.COUNTRY && (entry.id().endsWith(NAMES_ROWS) || entry.id().endsWith(SEAT_ROWS)
                || NameKey.key(text).equals(NameKey.key(entry.name())));
    }

    /** A dictionary match over tokens {@code first..last} inclusive. */
    record Match(int first, int last, ActorEntry entry) {
    }

    /**
     * The longest name starting at token {@code first}; {@code words} holds each token's {@link NameKey} words.
     * A match never spans a token without words (punctuation).
     */
    Optional<Match> longestAt(List<List<String>> words, int first) {
        return longestAt(words, first, words.size() - 1, j -> false);
    }

    /**
     * As {@link #longestAt(List, int)}, ending at or before token {@code limit}; tokens without words for which
     * {@code glue} holds (a hyphen inside a name) are passed over.
     */
    Optional<Match> longestAt(List<List<String>> words, int first, int limit, java.util.function.IntPredicate glue) {
        if (words.get(first).isEmpty()) {
            return Optional.empty();
        }
        Integer max = longestByFirstWord.get(words.get(first).get(0));
        if (max == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        int count = 0;
        Match best = null;
        for (int j = first; j <= limit && count < max; j++) {
            if (words.get(j).isEmpty()) {
                if (glue.test(j)) {
                    continue;
                }
                break;
            }
            for (String w : words.get(j)) {
                key.append(key.length() == 0 ? "" : " ").append(w);
                count++;
            }
            ActorEntry e = byName.get(key.toString());
            if (e != null) {
                best = new Match(first, j, e);
            }
        }
        return Optional.ofNullable(best);
    }
}
