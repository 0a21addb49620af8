package org.standpoint.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class English words Standpoint's stages read, as named word lists: speech verbs, negators, modals,
 * pronouns, titles, name particles, count words and more. The bundled index {@code lists.tsv} declares every list
 * (its kind, the uses or values its rows may give, the file it lives in, what it means); the rows are in a few
 * TSV files beside it, each file's header comment saying the format. A list is one of:
 * <ul>
 * <li>words: plain words or phrases ({@code negator	never}, {@code attribution-phrase	according to});</li>
 * <li>uses: words with the uses they serve, one list per concept, each stage selecting its use
 *     ({@code speech-verb	say	quote indirect claim clutter=said,says});</li>
 * <li>map: words with a value ({@code bound-phrase	more than	MORE_THAN}).</li>
 * </ul>
 *
 * <p>{@link #withUserFile} lays a user's file of the same row format on top: a row adds an entry or replaces its
 * value (a uses row states all the entry's uses), and the value {@code -} removes it. A malformed row, or one
 * naming a list the index does not declare, is a {@link LexiconFormatException} naming the file and line.
 * Asking for a list or use that is not declared is an {@link IllegalArgumentException}: a defect in the caller.
 *
 * <p>Immutable and thread-safe; the bundled lexicon is read once per process.
 */
public final class Lexicon {
    private static final String INDEX = "lists.tsv";

    private final Map<String, ListDeclaration> index;
    private final Map<String, Map<String, String>> lists;
    private final Map<String, Map<String, Set<String>>> entriesByUse;
    private final Map<String, Map<String, List<String>>> formsByUse;
    private final ContentDigest read;

    private Lexicon(Map<String, ListDeclaration> index, Map<String, Map<String, String>> lists, ContentDigest read) {
        this.index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
        this.lists = new LinkedHashMap<>();
        this.entriesByUse = new LinkedHashMap<>();
        this.formsByUse = new LinkedHashMap<>();
        lists.forEach((name, entries) -> {
            this.lists.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
            if (index.get(name).kind() == ListDeclaration.Kind.USES) {
                byUse(name, entries);
            }
        });
        this.read = read;
    }

    private void byUse(String name, Map<String, String> entries) {
        Map<String, Set<String>> entriesOf = new LinkedHashMap<>();
        Map<String, List<String>> formsOf = new LinkedHashMap<>();
        for (String use : index.get(name).values()) {
            entriesOf.put(use, new LinkedHashSet<>());
            formsOf.put(use, new ArrayList<>());
        }
        entries.forEach((entry, value) -> {
            for (LexiconFile.Use u : LexiconFile.uses(value)) {
                entriesOf.get(u.name()).add(entry);
                formsOf.get(u.name()).addAll(u.forms().isEmpty() ? List.of(entry) : u.forms());
            }
        });
        entriesOf.replaceAll((use, set) -> Collections.unmodifiableSet(set));
        formsOf.replaceAll((use, forms) -> List.copyOf(forms));
        entriesByUse.put(name, entriesOf);
        formsByUse.put(name, formsOf);
    }

    /** The lexicon shipped with Standpoint, read once per process. */
    public static Lexicon bundled() {
        return Bundled.LEXICON;
    }

    /** Holds the bundled lexicon: the class loader reads it once, on first use, safely across threads. */
    private static final class Bundled {
        static final Lexicon LEXICON = read();

        private static Lexicon read() {
            DataFile indexFile = DataFile.bundled(Lexicon.class, INDEX);
            Map<String, ListDeclaration> index = LexiconFile.index(indexFile.content().lines().toList(), INDEX);
            Map<String, Map<String, String>> lists = new LinkedHashMap<>();
            index.keySet().forEach(name -> lists.put(name, new LinkedHashMap<>()));
            ContentDigest read = ContentDigest.EMPTY.plus(indexFile.content());
            for (String name : new LinkedHashSet<>(index.values().stream().map(ListDeclaration::file).toList())) {
                DataFile file = DataFile.bundled(Lexicon.class, name);
                LexiconFile.read(file.content().lines().toList(), name, index, lists, name);
                read = read.plus(file.content());
            }
            return new Lexicon(index, lists, read);
        }
    }

    /** This lexicon with a user's file of rows on top (see the class comment). */
    public Lexicon withUserFile(Path file) {
        return withUserFile(DataFile.read(file));
    }

    /** As {@link #withUserFile(Path)}, for a file read elsewhere (shipped to another machine, say). */
    public Lexicon withUserFile(DataFile file) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        lists.forEach((name, entries) -> copy.put(name, new LinkedHashMap<>(entries)));
        LexiconFile.read(file.content().lines().toList(), file.name(), index, copy, null);
        return new Lexicon(index, copy, read.plus(file.content()));
    }

    /** The entries of a list, in file order: words, phrases, or the keys of a uses or map list. */
    public Set<String> words(String list) {
        return lists.get(declared(list, null).name()).keySet();
    }

    /** The entries of a uses list that serve {@code use}: {@code withUse("speech-verb", "quote")}. */
    public Set<String> withUse(String list, String use) {
        return entriesByUse.get(declaredUse(list, use)).get(use);
    }

    /**
     * How the entries of a uses list that serve {@code use} are written for it: the forms a row lists after
     * {@code use=} ({@code clutter=said,says}), else the entry itself.
     */
    public List<String> forms(String list, String use) {
        return formsByUse.get(declaredUse(list, use)).get(use);
    }

    /** A map list: each entry's value. */
    public Map<String, String> map(String list) {
        return lists.get(declared(list, ListDeclaration.Kind.MAP).name());
    }

    /** What was read: the content of every file in force, bundled and the user's, in the order read. */
    public ContentDigest digest() {
        return read;
    }

    private String declaredUse(String list, String use) {
        ListDeclaration d = declared(list, ListDeclaration.Kind.USES);
        if (!d.values().contains(use)) {
            throw new IllegalArgumentException("lexicon list '" + list + "' has no use '" + use + "'");
        }
        return list;
    }

    private ListDeclaration declared(String list, ListDeclaration.Kind kind) {
        ListDeclaration d = index.get(list);
        if (d == null) {
            throw new IllegalArgumentException("no lexicon list '" + list + "'");
        }
        if (kind != null && d.kind() != kind) {
            throw new IllegalArgumentException("lexicon list '" + list + "' is a " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " list, not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " list");
        }
        return d;
    }
}
