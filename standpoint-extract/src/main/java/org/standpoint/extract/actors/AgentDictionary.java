package org.standpoint.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.standpoint.lexicon.ContentDigest;
import org.standpoint.lexicon.DataFile;
import org.standpoint.model.Token;

/**
 * Agent nouns and the sector they give an actor ({@code forces -> MIL}, {@code foreign ministry -> GOV},
 * {@code protester -> OPP}), matched on words or their lemmas so that plurals need not be listed. Read from
 * tab-separated files with the header {@code phrase	sector}; a sector of {@code -} removes a phrase an earlier
 * file gave. Immutable and thread-safe.
 */
public final class AgentDictionary {
    static final String HEADER = "phrase\tsector";
    private static final Pattern SECTOR = Pattern.compile("[A-Z]{3,12}|-");
    private static final String[] BUNDLED = {"agents.tsv", "agents-supplement.tsv"};
    private static volatile AgentDictionary bundled;
    private final Map<String, String> sectors;
    private final int maxTokens;
    private final ContentDigest read;

    private AgentDictionary(Map<String, String> sectors, ContentDigest read) {
        this.sectors = Map.copyOf(sectors);
        this.read = read;
        this.maxTokens = sectors.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** A match of an agent phrase over tokens {@code first..last} inclusive. */
    public record Match(int first, int last, String phrase, String sector) {
    }

    /** The bundled agents: those derived from Phoenix, then the hand-curated supplement; read once per process. */
    public static AgentDictionary bundled() {
        AgentDictionary d = bundled;
        if (d == null) {
            synchronized (AgentDictionary.class) {
                d = bundled;
                if (d == null) {
                    bundled = d = readBundled();
                }
            }
        }
        return d;
    }

    private static AgentDictionary readBundled() {
        Map<String, String> all = new HashMap<>();
        ContentDigest read = ContentDigest.EMPTY;
        for (String name : BUNDLED) {
            DataFile file = DataFile.bundled(AgentDictionary.class, name);
            merge(all, read(file));
            read = read.plus(file.content());
        }
        return new AgentDictionary(all, read);
    }

    /** This dictionary with the rows of a user's file on top: they win, and {@code -} removes a phrase. */
    public AgentDictionary withUserFile(Path file) {
        DataFile user = DataFile.read(file);
        Map<String, String> all = new HashMap<>(sectors);
        merge(all, read(user));
        return new AgentDictionary(all, read.plus(user.content()));
    }

    /** The content of every file this dictionary was read from, bundled and the user's. */
    public ContentDigest digest() {
        return read;
    }

    private static Map<String, String> read(DataFile file) {
        try (BufferedReader r = file.reader()) {
            return read(r, file.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agent dictionary " + file.name(), e);
        }
    }

    private static void merge(Map<String, String> into, Map<String, String> rows) {
        rows.forEach((k, v) -> {
            if (v.equals("-")) {
                into.remove(k);
            } else {
                into.put(k, v);
            }
        });
    }

    /** Reads rows in file order (a later duplicate wins); a malformed row names {@code source} and line. */
    static Map<String, String> read(BufferedReader in, String source) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        boolean header = false;
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new DictionaryFormatException(source, n, "expected the header 'phrase<TAB>sector'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || NameKey.key(f[0]).isEmpty() || !SECTOR.matcher(f[1].strip()).matches()) {
                throw new DictionaryFormatException(source, n, "expected 'phrase<TAB>SECTOR' with a sector of 3 to 12 capital letters or -");
            }
            out.put(key(f[0]), f[1].strip());
        }
        return out;
    }

    static void write(Writer out, List<String> comment, Map<String, String> rows) throws IOException {
        for (String c : comment) {
            out.write(c.isEmpty() ? "#\n" : "# " + c + "\n");
        }
        out.write(HEADER + "\n");
        for (Map.Entry<String, String> e : rows.entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }

    /** The sector of a phrase given in any spelling, if it is an agent. */
    public Optional<String> sector(String phrase) {
        return Optional.ofNullable(sectors.get(key(phrase)));
    }

    /** The folded phrase with its last word in the singular: the key under which an agent is kept. */
    static String key(String phrase) {
        List<String> w = new ArrayList<>(NameKey.words(phrase));
        if (!w.isEmpty()) {
            w.set(w.size() - 1, singular(w.get(w.size() - 1)));
        }
        return String.join(" ", w);
    }

    /**
     * The longest agent phrase starting at token {@code first} and ending at or before {@code limit}, compared
     * on each token's word or lemma (so "forces" finds "force").
     */
    public Optional<Match> longestAt(List<Token> tokens, int first, int limit) {
        Set<String> prefixes = Set.of("");
        Match best = null;
        int end = Math.min(limit, first + maxTokens - 1);
        for (int j = first; j <= end; j++) {
            if (j > first && ParsedSentence.glued(tokens, j)) {
                end = Math.min(limit, end + 1);
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            for (String variant : variants(tokens.get(j))) {
                for (String p : prefixes) {
                    next.add(p.isEmpty() ? variant : p + " " + variant);
                }
            }
            if (next.isEmpty()) {
                break;
            }
            for (String key : next) {
                String sector = sectors.get(key);
                if (sector != null) {
                    best = new Match(first, j, key, sector);
                    break;
                }
            }
            prefixes = next;
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> variants(Token t) {
        Set<String> out = new LinkedHashSet<>();
        String word = NameKey.key(t.word());
        if (word.isEmpty()) {
            return out;
        }
        out.add(key(word));
        if (t.lemma() != null && !NameKey.key(t.lemma()).isEmpty()) {
            out.add(key(t.lemma()));
        }
        out.add(word);
        return out;
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("men") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
