package org.standpoint.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;

/**
 * Converts the MIT-licensed Phoenix dictionaries (Open Event Data Alliance) into Standpoint's own files:
 * {@code actors.tsv} (see {@link ActorTable}) and {@code agents.tsv} (see {@link AgentDictionary}). Re-run it
 * when the Phoenix files change:
 * <pre>java -cp ... org.standpoint.extract.actors.PhoenixImporter PHOENIX_DIR OUT_DIR</pre>
 * Multinational companies and people whose every role ended before {@link #OLDEST_ROLE_END} are left out to
 * keep the bundled files small.
 */
public final class PhoenixImporter {
    /** The actor files read, in the order their entries take precedence. */
    public static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    public static final String AGENT_FILE = "Phoenix.agents.txt";
    static final LocalDate OLDEST_ROLE_END = LocalDate.of(1970, 1, 1);
    static final List<String> NOTICE = List.of(
            "Derived by org.standpoint.extract.actors.PhoenixImporter from the Phoenix/PETRARCH2 dictionaries",
            "(github.com/openeventdata/petrarch2, data/dictionaries), Copyright (c) 2014 Open Event Data Alliance,",
            "used under the MIT License: Permission is hereby granted, free of charge, to any person obtaining a copy",
            "of this software and associated documentation files, to deal in the Software without restriction; the",
            "above copyright notice and this permission notice shall be included in all copies or substantial",
            "portions. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.",
            "Do not edit by hand: add or correct entries in the supplement files, or in a user file of the same format.");

    private final PhoenixNames spelling;
    /** Titles with which Phoenix lists a person's surname among the synonyms ("Mr Lavrov"). */
    private final Set<String> surnameTitles;
    /** Stems of the agents file and the words they stand for ({@code MINIST}: minister, ministry). */
    private final Map<String, List<String>> stems = new HashMap<>();

    private PhoenixImporter(Lexicon words) {
        this.spelling = new PhoenixNames(words);
        this.surnameTitles = words.withUse("title", "phoenix-surname");
        words.map("phoenix-stem").forEach((stem, forms) -> stems.put(stem, List.of(forms.split(" "))));
    }

    /** What one run produced. */
    public record Summary(int actors, int agents, int skippedRoles) {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PhoenixImporter PHOENIX_DIR OUT_DIR");
            System.exit(2);
        }
        Summary s = run(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("wrote %d actors and %d agent phrases to %s (%d unreadable Phoenix date restrictions skipped)%n",
                s.actors(), s.agents(), args[1], s.skippedRoles());
    }

    /** Reads the Phoenix files in {@code phoenixDir} and writes {@code actors.tsv} and {@code agents.tsv} to {@code outDir}. */
    public static Summary run(Path phoenixDir, Path outDir) {
        return run(phoenixDir, outDir, Lexicon.bundled());
    }

    /** As {@link #run(Path, Path)}, reading names with the titles, particles and stems of {@code words}. */
    public static Summary run(Path phoenixDir, Path outDir, Lexicon words) {
        return new PhoenixImporter(words).convert(phoenixDir, outDir);
    }

    private Summary convert(Path phoenixDir, Path outDir) {
        List<ActorEntry> actors = new ArrayList<>();
        int skipped = 0;
        Set<String> ids = new HashSet<>();
        for (String file : ACTOR_FILES) {
            try (BufferedReader r = Files.newBufferedReader(phoenixDir.resolve(file), StandardCharsets.UTF_8)) {
                PhoenixActorReader.Result result = PhoenixActorReader.read(r);
                skipped += result.skippedRoles();
                actors.addAll(entries(result.blocks(), file.contains("Countries"), ids));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + phoenixDir.resolve(file), e);
            }
        }
        Map<String, String> agents;
        try (BufferedReader r = Files.newBufferedReader(phoenixDir.resolve(AGENT_FILE), StandardCharsets.UTF_8)) {
            agents = PhoenixAgentReader.read(r, stems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + phoenixDir.resolve(AGENT_FILE), e);
        }
        try {
            Files.createDirectories(outDir);
            try (Writer w = Files.newBufferedWriter(outDir.resolve("actors.tsv"), StandardCharsets.UTF_8)) {
                ActorTable.write(w, NOTICE, actors);
            }
            try (Writer w = Files.newBufferedWriter(outDir.resolve("agents.tsv"), StandardCharsets.UTF_8)) {
                AgentDictionary.write(w, NOTICE, agents);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir, e);
        }
        return new Summary(actors.size(), agents.size(), skipped);
    }

    /** Converts blocks to entries; {@code ids} collects the identifiers used so far across files. */
    List<ActorEntry> entries(List<PhoenixActorReader.Block> blocks, boolean countryFile, Set<String> ids) {
        List<ActorEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PhoenixActorReader.Block b : blocks) {
            String plain = spelling.human(b.primary(), false);
            if (plain.isEmpty()) {
                continue;
            }
            if (b.roles().stream().allMatch(r -> ActorCode.of(r.code()).prefix().equals("MNC"))) {
                continue; // companies: not actors of diplomacy, and a sixth of the file
            }
            ActorKind kind = kind(b, plain, countryFile);
            boolean organisation = kind == ActorKind.IGO || kind == ActorKind.NGO || kind == ActorKind.GROUP;
            String name = spelling.human(b.primary(), organisation);
            if (kind == ActorKind.PERSON) {
                name = spelling.withoutTitle(name); // "Secretary-General Ban Ki-moon" is Ban Ki-moon
            }
            if (kind == ActorKind.PERSON && b.roles().stream().allMatch(r -> r.to() != null && r.to().isBefore(OLDEST_ROLE_END))) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> keys = new HashSet<>();
            for (String raw : concat(b.primary(), b.synonyms())) {
                String human = names.isEmpty() ? name : spelling.human(raw, organisation);
                String key = NameKey.key(human);
                if (!key.isEmpty() && keys.add(key)) {
                    names.add(human);
                }
            }
            String signature = NameKey.key(name) + "\t" + b.roles();
            if (!seen.add(signature)) {
                continue; // the same actor listed twice
            }
            out.add(new ActorEntry(id(b, name, kind, ids), kind, name, List.copyOf(names), dedupe(b.roles())));
        }
        return out;
    }

    private static List<Role> dedupe(List<Role> roles) {
        return List.copyOf(new LinkedHashSet<>(roles));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    ActorKind kind(PhoenixActorReader.Block b, String name, boolean countryFile) {
        boolean bareCountry = b.roles().stream().anyMatch(r -> ActorCode.of(r.code()).isBareCountry());
        if (countryFile && bareCountry) {
            return ActorKind.COUNTRY;
        }
        boolean leaderList = b.comment().contains("CountryInfo") || b.comment().contains("rulers");
        boolean dated = b.roles().stream().anyMatch(r -> !r.isDefault());
        if (spelling.looksPersonal(name) && (leaderList || dated || knownBySurname(b, name))) {
            return ActorKind.PERSON;
        }
        return switch (ActorCode.of(b.roles().get(0).code()).prefix()) {
            case "IGO" -> ActorKind.IGO;
            case "NGO" -> ActorKind.NGO;
            default -> ActorKind.GROUP;
        };
    }

    /** Phoenix lists a person's surname alone, or with Mr or a title, among the synonyms. */
    private boolean knownBySurname(PhoenixActorReader.Block b, String name) {
        List<String> words = NameKey.words(name);
        String surname = words.get(words.size() - 1);
        for (String synonym : b.synonyms()) {
            List<String> s = NameKey.words(synonym);
            if (s.size() <= 2 && !s.isEmpty() && s.get(s.size() - 1).equals(surname)
                    && (s.size() == 1 || surnameTitles.contains(s.get(0)))) {
                return true;
            }
        }
        return false;
    }

    private static String id(PhoenixActorReader.Block b, String name, ActorKind kind, Set<String> ids) {
        String base = PhoenixNames.slug(name);
        if (kind == ActorKind.COUNTRY && b.roles().get(0).isDefault() && ActorCode.of(b.roles().get(0).code()).isBareCountry()) {
            base = b.roles().get(0).code();
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

}
