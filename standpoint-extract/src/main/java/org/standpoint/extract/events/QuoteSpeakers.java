package org.standpoint.extract.events;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.standpoint.model.Mention;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/**
 * Who speaks where, as the quotes stage attributed the article's direct quotations: "we" inside a quotation is
 * its speaker. The speaker stands as the mention that named them, in the quotation's sentence or the nearest
 * before it; a speaker named only by the attribution keeps the quote's provenance.
 */
final class QuoteSpeakers {
    private final List<Quote> quotes;
    private final List<Mention> mentions;

    /**
     * @param quotes the article's attributed quotes (only direct ones with a resolved speaker speak here)
     * @param mentions the article's actor mentions
     */
    QuoteSpeakers(List<Quote> quotes, List<Mention> mentions) {
        this.quotes = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.speakerCode() != null).toList();
        this.mentions = mentions;
    }

    /** The speaker of the direct quotation holding the character at {@code offset}, if it was attributed. */
    Optional<Mention> speakerAt(int offset) {
        return at(offset).map(this::speaker);
    }

    private Optional<Quote> at(int offset) {
        return quotes.stream().filter(q -> q.span().start() <= offset && offset < q.span().end()).findFirst();
    }

    private Mention speaker(Quote q) {
        return mentions.stream()
                .filter(m -> m.code().equals(q.speakerCode()) && Objects.equals(m.name(), q.speaker()))
                .filter(m -> m.sentence() <= q.sentence())
                .max(Comparator.comparingInt(Mention::sentence).thenComparing(m -> -m.firstToken()))
                .orElseGet(() -> new Mention(q.sentence(), 0, 0, 0, q.span(), q.speakerCode(), q.speaker(), null,
                        "quote-speaker:" + q.rule(), Provenance.of("quote-speaker", q.provenance().entries())));
    }
}
