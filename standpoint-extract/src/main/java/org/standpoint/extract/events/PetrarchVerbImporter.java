package org.standpoint.extract.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the MIT-licensed PETRARCH CAMEO verb dictionary ({@code CAMEO.2.0.txt}) and the Phoenix discard list
 * ({@code Phoenix.discards.txt}) of the Open Event Data Alliance into Standpoint's own files: {@code
 * petrarch-verbs.tsv} (read by {@link VerbPatterns}) and {@code discards.tsv} (read by {@link Discards}). Re-run
 * it when the PETRARCH files change:
 * <pre>java -cp ... org.standpoint.extract.events.PetrarchVerbImporter PHOENIX_DIR OUT_DIR</pre>
 * Words are lower-cased, PETRARCH's underscores become spaces, and irregular forms are dropped: the coder reads
 * lemmas. TABARI's transformation rules ({@code ~ a (a b ATTACK) SAY = ...}) are left out; the coder states
 * the same thing with its reported-speech rules.
 */
public final class PetrarchVerbImporter {
    public static final String VERB_FILE = "CAMEO.2.0.txt";
    public static final String DISCARD_FILE = "Phoenix.discards.txt";
    static final List<String> NOTICE = List.of(
            "Derived by org.standpoint.extract.events.PetrarchVerbImporter from the PETRARCH/Phoenix dictionaries",
            "(github.com/openeventdata/petrarch2, data/dictionaries), Copyright (c) 2015 Open Event Data Alliance,",
            "used under the MIT License: Permission is hereby granted, free of charge, to any person obtaining a copy",
            "of this software and associated documentation files, to deal in the Software without restriction; the",
            "above copyright notice and this permission notice shall be included in all copies or substantial",
            "portions. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.",
            "Do not edit by hand: override or add entries in a user verbs file of the same format (--verbs).");
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)]\\s*---");
    private static final Pattern CODE = Pattern.compile("\\[((?:[0-9-]{2,4})?(?::[0-9-]{2,4})?)]\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");

    private PetrarchVerbImporter() {
    }

    /** What one run produced. */
    public record Summary(int synsets, int verbs, int patterns, int discards, int skipped) {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PetrarchVerbImporter PHOENIX_DIR OUT_DIR");
            System.exit(2);
        }
        Summary s = run(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("wrote %d synonym sets, %d verbs, %d patterns and %d discards to %s (%d lines skipped)%n",
                s.synsets(), s.verbs(), s.patterns(), s.discards(), args[1], s.skipped());
    }

    /** Reads {@code CAMEO.2.0.txt} and {@code Phoenix.discards.txt} in {@code phoenixDir}, writes both files to {@code outDir}. */
    public static Summary run(Path phoenixDir, Path outDir) {
        try {
            List<String> verbs = Files.readAllLines(phoenixDir.resolve(VERB_FILE), StandardCharsets.UTF_8);
            List<String> discards = Files.readAllLines(phoenixDir.resolve(DISCARD_FILE), StandardCharsets.UTF_8);
            Converted c = convert(verbs);
            List<String> d = discards(discards);
            Files.createDirectories(outDir);
            write(outDir.resolve("petrarch-verbs.tsv"), VerbPatterns.HEADER, c.rows());
            write(outDir.resolve("discards.tsv"), Discards.HEADER, d);
            return new Summary(c.synsets(), c.verbs(), c.patterns(), d.size(), c.skipped());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + phoenixDir + " to " + outDir, e);
        }
    }

    private static void write(Path file, List<String> header, List<String> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : NOTICE) {
                w.write("# " + line + "\n");
            }
            for (String line : header) {
                w.write("# " + line + "\n");
            }
            for (String row : rows) {
                w.write(row + "\n");
            }
        }
    }

    /** The rows of {@code petrarch-verbs.tsv}, with counts. */
    record Converted(List<String> rows, int synsets, int verbs, int patterns, int skipped) {
    }

    static Converted convert(List<String> lines) {
        List<String> rows = new ArrayList<>();
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        String synset = null;
        String block = null;
        int verbs = 0;
        int patterns = 0;
        int skipped = 0;
        for (String raw : lines) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher b = BLOCK.matcher(line);
            if (b.find()) {
                block = b.group(1).toLowerCase(Locale.ROOT);
                synset = null;
                rows.add(String.join("\t", "block", block, code(b.group(2))));
            } else if (line.startsWith("&")) {
                synset = name(line.split("\\s+")[0]);
                synsets.put(synset, new ArrayList<>());
            } else if (line.startsWith("+") && block == null && synset != null) {
                synsets.get(synset).add(words(line.substring(1)));
            } else if (line.startsWith("-") && block != null) {
                String row = pattern(block, line);
                if (row == null) {
                    skipped++;
                } else {
                    rows.add(row);
                    patterns++;
                }
            } else if (block != null && !line.startsWith("~") && Character.isLetter(line.charAt(line.startsWith("+") ? 1 : 0))) {
                rows.add(verb(block, line));
                verbs++;
            } else {
                skipped++;
            }
        }
        List<String> out = new ArrayList<>();
        synsets.forEach((name, members) -> {
            if (!members.isEmpty()) {
                out.add(String.join("\t", "synset", name, String.join("|", members)));
            }
        });
        out.addAll(rows);
        return new Converted(out, synsets.size(), verbs, patterns, skipped);
    }

    /** {@code SAY {SAYS SAID} [010]} or {@code +CALL_OFF [160]}: the lemma (words joined by spaces) and its own code. */
    private static String verb(String block, String line) {
        Matcher c = CODE.matcher(line);
        String own = c.find() ? code(c.group(1)) : "-";
        String head = line.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^\\]]*]", " ").strip();
        if (head.startsWith("+")) {
            head = head.substring(1);
        }
        return String.join("\t", "verb", block, words(head.split("\\s+")[0]), own);
    }

    /**
     * {@code - PRE * OBJECT (PREP WORDS) [code]}: the words before the verb, after it, and in prepositional
     * phrases, each element a word, a phrase ({@code {A B}} becomes {@code a_b}), a synonym set ({@code &NAME}),
     * or a marker: {@code +} target, {@code $} source, {@code %} both, {@code ^} skip. Null if it has no code.
     */
    private static String pattern(String block, String line) {
        Matcher c = CODE.matcher(line);
        if (!c.find()) {
            return null;
        }
        String body = line.substring(1, c.start()).strip();
        int star = body.indexOf('*');
        if (star < 0) {
            return null;
        }
        String pre = elements(body.substring(0, star));
        StringBuilder object = new StringBuilder();
        List<String> preps = new ArrayList<>();
        String rest = body.substring(star + 1);
        int i = 0;
        while (i < rest.length()) {
            char ch = rest.charAt(i);
            if (ch == '(') {
                int end = rest.indexOf(')', i);
                end = end < 0 ? rest.length() : end;
                String[] inside = rest.substring(i + 1, end).strip().split("\\s+", 2);
                String prep = inside[0].toLowerCase(Locale.ROOT);
                preps.add(prep + ":" + (inside.length > 1 ? elements(inside[1]) : ""));
                i = end + 1;
            } else {
                int next = rest.indexOf('(', i);
                next = next < 0 ? rest.length() : next;
                object.append(' ').append(rest, i, next);
                i = next;
            }
        }
        String obj = elements(object.toString());
        return String.join("\t", "pattern", block, code(c.group(1)), dash(pre), dash(obj),
                preps.isEmpty() ? "-" : String.join("|", preps));
    }

    /** Space-separated elements; a braced phrase becomes one element with underscores. */
    private static String elements(String text) {
        String joined = Pattern.compile("\\{([^}]*)}").matcher(text)
                .replaceAll(m -> m.group(1).strip().replaceAll("\\s+", "_"));
        List<String> out = new ArrayList<>();
        for (String e : joined.strip().split("\\s+")) {
            if (e.isEmpty()) {
                continue;
            }
            out.add(e.startsWith("&") ? name(e) : e.toLowerCase(Locale.ROOT).replaceAll("_+$", ""));
        }
        return String.join(" ", out);
    }

    private static String name(String synset) {
        return synset.toLowerCase(Locale.ROOT).replaceAll("_+$", "");
    }

    private static String words(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    /** A code; an empty one, or an empty first half ({@code [:110]}: only the target acts), is {@code ---}. */
    private static String code(String code) {
        String c = code.strip();
        return c.isEmpty() ? "---" : c.startsWith(":") ? "---" + c : c;
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash < 0 ? line : line.substring(0, hash);
        int semi = s.indexOf(';');
        return semi < 0 ? s : s.substring(0, semi);
    }

    /**
     * The discard phrases: {@code sentence} or {@code story}, the phrase, and {@code word} when its last word must
     * end there (PETRARCH's trailing underscore) or {@code stem} when it may go on ("CHAMPION" for "championship").
     * Bare numbers are left out: they are the years Phoenix's 2014 news feed took for history, while Standpoint
     * reads archives of any year.
     */
    static List<String> discards(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean story = line.startsWith("+");
            String phrase = words(story ? line.substring(1) : line);
            if (phrase.isEmpty() || BARE_NUMBER.matcher(phrase).matches()) {
                continue;
            }
            boolean word = (story ? line.substring(1) : line).strip().endsWith("_");
            out.add(String.join("\t", story ? "story" : "sentence", phrase, word ? "word" : "stem"));
        }
        return out;
    }
}
