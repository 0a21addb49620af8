package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Conflict;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/**
 * Claimants as news names them, where no actor mention resolved the words: the speaker of the quotation a count
 * stands in; "the Observatory" for the organisation named earlier with that word in its name ("the Syrian
 * Observatory for Human Rights"); and the bare sources of a war's tolls ("activists", "the monitor", "state media",
 * "the health ministry"), which are the side of the article's conflict the lexicon's {@code claimant-noun} list
 * gives them (opposition, media, government...). Immutable; one per article.
 */
final class ClaimantNames {
    private final List<Mention> mentions;
    private final Optional<Conflict> conflict;
    private final List<Quote> quotes;
    /** Claimant words and phrases, lower case, with the sector of the conflict's country they speak for. */
    private final Map<String, String> sources;

    ClaimantNames(List<Mention> mentions, List<Quote> quotes, Map<String, String> sources) {
        this.mentions = mentions;
        this.conflict = Conflict.of(mentions);
        this.quotes = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.speakerCode() != null).toList();
        this.sources = sources;
    }

    /** The speaker of the direct quotation holding the character at {@code offset}, as a claimant. */
    Optional<Claimants.Claim> quoted(int offset) {
        return quotes.stream().filter(q -> q.span().start() <= offset && offset < q.span().end()).findFirst()
                .map(q -> new Claimants.Claim(q.speakerCode(), q.speaker(), "speaker of the quotation", "quote-speaker",
                        q.provenance().entries()));
    }

    /** {@code claim} with an actor for its words, if they name one (see the class comment); else as it is. */
    Claimants.Claim resolve(Claimants.Claim claim, int sentence) {
        List<String> words = List.of(claim.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        Optional<Mention> named = mentions.stream()
                .filter(m -> m.name() != null && m.name().contains(" ") && organisationLike(m.code()))
                .filter(m -> List.of(m.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(head))
                .filter(m -> !head.isEmpty() && Character.isUpperCase(claim.name().charAt(claim.name().toLowerCase(Locale.ROOT).lastIndexOf(head))))
                .max(Comparator.comparingInt((Mention m) -> m.sentence() <= sentence ? 1 : 0).thenComparingInt(Mention::sentence));
        if (named.isPresent()) {
            return withActor(claim, named.get().code(), named.get().name(), "named earlier: " + named.get().name());
        }
        Optional<String> sector = source(words);
        if (sector.isPresent() && conflict.isPresent()) {
            String code = conflict.get().country() + sector.get();
            return withActor(claim, code, claim.name(), "claimant-noun of the conflict " + conflict.get().country());
        }
        return claim;
    }

    /** The sector of the longest claimant phrase among {@code words} (a plural read as its singular). */
    private Optional<String> source(List<String> words) {
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                String phrase = String.join(" ", words.subList(i, i + n));
                String sector = sources.getOrDefault(phrase, phrase.endsWith("s") ? sources.get(phrase.substring(0, phrase.length() - 1)) : null);
                if (sector != null) {
                    return Optional.of(sector);
                }
            }
        }
        return Optional.empty();
    }

    /** An organisation, or a country's body with a sector of its own ({@code SYROPP}), not a bare country. */
    private static boolean organisationLike(String code) {
        return ActorCode.parse(code).filter(c -> c.isOrganisation() || !c.isBareCountry()).isPresent();
    }

    private static Claimants.Claim withActor(Claimants.Claim claim, String code, String name, String how) {
        List<String> entries = new ArrayList<>(claim.entries());
        entries.add(how);
        return new Claimants.Claim(code, name, claim.rule() + " (" + how + ")", claim.kind(), entries);
    }
}
