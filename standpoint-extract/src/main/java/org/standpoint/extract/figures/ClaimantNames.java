package org.standpoint.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standpoint.extract.quotes.SpeakerNames;
import org.standpoint.lexicon.Lexicon;
import org.standpoint.model.Mention;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/**
 * Claimants where no actor mention resolved the words: the speaker of the quotation a count stands in, and the
 * speakers news names without naming them ("the Observatory", "activists", "state media"; see {@link SpeakerNames}).
 * Immutable; one per article.
 */
final class ClaimantNames {
    private final SpeakerNames names;
    private final List<Quote> quotes;

    ClaimantNames(List<Mention> mentions, List<Quote> quotes, Lexicon words) {
        this.names = new SpeakerNames(mentions, words);
        this.quotes = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.speakerCode() != null).toList();
    }

    /** The speaker of the direct quotation holding the character at {@code offset}, as a claimant. */
    Optional<Claimants.Claim> quoted(int offset) {
        return quotes.stream().filter(q -> q.span().start() <= offset && offset < q.span().end()).findFirst()
                .map(q -> new Claimants.Claim(q.speakerCode(), q.speaker(), "speaker of the quotation", "quote-speaker",
                        q.provenance().entries()));
    }

    /** {@code claim} with an actor for its words, if they name one (see {@link SpeakerNames}); else as it is. */
    Claimants.Claim resolve(Claimants.Claim claim, int sentence) {
        return names.resolve(claim.name(), sentence).map(r -> withActor(claim, r.code(), r.name(), r.how())).orElse(claim);
    }

    private static Claimants.Claim withActor(Claimants.Claim claim, String code, String name, String how) {
        List<String> entries = new ArrayList<>(claim.entries());
        entries.add(how);
        return new Claimants.Claim(code, name, claim.rule() + " (" + how + ")", claim.kind(), entries);
    }
}
