package org.standpoint.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.standpoint.extract.stances.StanceLexicon;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.store.Database;
import org.standpoint.store.StoredVocabulary;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A filter value checked against the names it can take: an unknown one is a usage error that lists them, not an
 * empty answer that looks like "nothing of that kind happened".
 */
public final class KnownValue {
    private KnownValue() {
    }

    /**
     * @param known  the names the vocabulary defines and the names the database holds, in any mix
     * @return {@code value} as the user gave it, when it is null or one of {@code known} (in any case)
     */
    public static String check(CommandLine cli, String option, String value, Collection<String> known) {
        if (value == null) {
            return null;
        }
        SortedSet<String> names = new TreeSet<>(known);
        boolean found = names.stream().anyMatch(k -> k.equalsIgnoreCase(value.strip()));
        if (!found) {
            throw new ParameterException(cli, String.format(Locale.ROOT, "unknown %s value '%s'; known: %s", option,
                    value, names.isEmpty() ? "(none)" : String.join(", ", names)));
        }
        return value.strip();
    }

    /** {@code --policy}: a policy of the bundled policy cues or of a stored stance (a user's own file's). */
    public static String policy(CommandLine cli, String value, Database db) {
        if (value == null) {
            return null;
        }
        SortedSet<String> known = new StoredVocabulary(db).policies();
        StanceLexicon.bundled().cues().forEach(c -> known.add(c.policy()));
        return check(cli, "--policy", value, known);
    }

    /** {@code --what}: a kind of count the lexicon knows or a stored figure has. */
    public static String figureKind(CommandLine cli, String value, Database db) {
        if (value == null) {
            return null;
        }
        SortedSet<String> known = new StoredVocabulary(db).figureKinds();
        Lexicon lexicon = Lexicon.bundled();
        known.addAll(lexicon.map("counted-noun").values());
        known.addAll(lexicon.map("count-verb").values());
        return check(cli, "--what", value, known);
    }
}
