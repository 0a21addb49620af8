package org.standpoint.extract.stances;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Mention;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/**
 * What a sentence's stances need from the rest of their article: the conflict it reports (the target of positions
 * that name none), the policies named in earlier sentences (which "the agreement" may refer back to), and who
 * speaks inside each attributed direct quotation ("we will never accept ...").
 *
 * @param conflict the country of the article's conflict, or null when it names none
 * @param namedBefore policies named in the sentences before this one
 * @param quotes the article's direct quotations whose speaker resolved to an actor
 */
record ArticleContext(String conflict, Set<String> namedBefore, List<Quote> quotes) {
    ArticleContext {
        namedBefore = Set.copyOf(namedBefore);
        quotes = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.speakerCode() != null).toList();
    }

    /** The same article at a later sentence, after {@code more} policies were named. */
    ArticleContext naming(Set<String> more) {
        Set<String> all = new java.util.HashSet<>(namedBefore);
        all.addAll(more);
        return new ArticleContext(conflict, all, quotes);
    }

    /** Whether a code belongs to the country of the article's conflict. */
    boolean isConflict(String code) {
        return conflict != null && ActorCode.parse(code).flatMap(ActorCode::country).filter(conflict::equals).isPresent();
    }

    /** The speaker of the direct quotation holding the character at {@code offset}, as a mention of its sentence. */
    Optional<Mention> speakerAt(int offset) {
        return quotes.stream().filter(q -> q.span().start() <= offset && offset < q.span().end()).findFirst()
                .map(q -> new Mention(q.sentence(), 0, 0, 0, q.span(), q.speakerCode(), q.speaker(), null,
                        "quote-speaker:" + q.rule(), Provenance.of("quote-speaker", q.provenance().entries())));
    }
}
