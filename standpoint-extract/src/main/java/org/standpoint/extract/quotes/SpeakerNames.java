package org.standpoint.extract.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Conflict;
import org.standpoint.model.Mention;

/**
 * Speakers as news names them where no actor mention resolved the words, for quotes and claimed figures alike:
 * "the Observatory" is the organisation named in the article with that word in its name ("the Syrian Observatory
 * for Human Rights"); "the group", "the body" (the lexicon's organisation {@code reference-noun}s) the last
 * organisation named up to there; and the bare sources of a war's news ("activists", "the monitor", "state
 * media", "the health ministry") the side of the article's conflict the lexicon's {@code claimant-noun} list gives
 * them. Immutable; one per article.
 */
public final class SpeakerNames {
    /** An actor the words were resolved to, and how. */
    public record Resolved(String code, String name, String how) {
    }

    private final List<Mention> mentions;
    private final Optional<Conflict> conflict;
    private final Set<String> organisationNouns;
    /** Source words and phrases, lower case, with the sector of the conflict's country they speak for. */
    private final Map<String, String> sources;

    /** The speaker names of an article with these mentions, read with the lexicon's lists. */
    public SpeakerNames(List<Mention> mentions, Lexicon words) {
        this.mentions = List.copyOf(mentions);
        this.conflict = Conflict.of(mentions);
        this.organisationNouns = words.withUse("reference-noun", "organisation");
        this.sources = words.map("claimant-noun");
    }

    /**
     * The actor the words {@code phrase} of a speaker in sentence {@code sentence} name, if they name one (see the
     * class comment).
     */
    public Optional<Resolved> resolve(String phrase, int sentence) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+"));
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> named = mentions.stream().filter(m -> organisationLike(m.code()))
                .filter(m -> m.name() != null && m.name().contains(" ")
                        && List.of(m.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(head))
                .max(Comparator.comparingInt((Mention m) -> m.sentence() <= sentence ? 1 : 0).thenComparingInt(Mention::sentence));
        if (named.isPresent()) {
            return Optional.of(new Resolved(named.get().code(), named.get().name(), "named earlier: " + named.get().name()));
        }
        Optional<String> sector = source(words);
        if (sector.isPresent() && conflict.isPresent()) {
            return Optional.of(new Resolved(conflict.get().country() + sector.get(), phrase,
                    "claimant-noun of the conflict " + conflict.get().country()));
        }
        if (organisationNouns.contains(head) || organisationNouns.contains(singular(head))) {
            return mentions.stream().filter(m -> m.sentence() <= sentence && organisation(m.code()))
                    .max(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::firstToken))
                    .map(m -> new Resolved(m.code(), m.name(), "the last organisation named: " + m.name()));
        }
        return Optional.empty();
    }

    /** The sector of the longest source phrase among {@code words} (a plural read as its singular). */
    private Optional<String> source(List<String> words) {
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                String phrase = String.join(" ", words.subList(i, i + n));
                String sector = sources.getOrDefault(phrase, sources.get(singular(phrase)));
                if (sector != null) {
                    return Optional.of(sector);
                }
            }
        }
        return Optional.empty();
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** An organisation, or a country's body with a sector of its own ({@code SYROPP}), not a bare country. */
    private static boolean organisationLike(String code) {
        return ActorCode.parse(code).filter(c -> c.isOrganisation() || !c.isBareCountry()).isPresent();
    }

    private static boolean organisation(String code) {
        return ActorCode.parse(code).filter(ActorCode::isOrganisation).isPresent();
    }
}
