package org.standpoint.analysis.export;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.standpoint.model.Article;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;

/**
 * Where an event is reported, as rows of a GDELT 2.0 Mentions table: the 16 columns of the GDELT 2.0 Mentions
 * codebook, in its order, one row for the article the event was extracted from and one for each near-duplicate
 * copy of it (the rows of the flat {@code event_mentions} table), joined to the event table by GLOBALEVENTID.
 * What is not known is empty, or -1 for a character offset as the codebook asks: a copy's text is not kept, so
 * its rows have no sentence or offsets; tone, translation and extras are not computed; Confidence is empty, as
 * the rules give no measure of one.
 */
public final class GdeltMentionRow {
    /** The codebook's column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");
    private static final String WEB = "1";
    private static final String CITATION_ONLY = "2";
    private static final String NOT_FOUND = "-1";

    private GdeltMentionRow() {
    }

    /**
     * The mentions of the {@code seq}-th event of {@code original} (whose actor mentions are {@code mentions}),
     * extracted at {@code extractedAt}: in the article itself, then in each near-duplicate copy.
     */
    public static List<List<String>> rows(Article original, List<Mention> mentions, int seq, Event e,
                                          Instant extractedAt, List<Article> copies) {
        List<List<String>> out = new ArrayList<>();
        String added = GdeltRow.timestamp(extractedAt);
        String actor1 = offset(mentions, e, e.source());
        String actor2 = offset(mentions, e, e.target());
        List<String> own = new ArrayList<>(source(original, seq, added));
        own.addAll(List.of(Integer.toString(e.sentence() + 1), actor1, actor2,
                e.span() == null ? NOT_FOUND : Integer.toString(e.span().start()),
                // Both actors named in the sentence itself, not resolved from elsewhere in the article.
                actor1.equals(NOT_FOUND) || actor2.equals(NOT_FOUND) ? "0" : "1", "",
                Integer.toString(original.body().length()), "", "", ""));
        out.add(own);
        for (Article copy : copies) {
            List<String> row = new ArrayList<>(source(copy, seq, added));
            row.set(0, own.get(0));
            row.addAll(List.of("", NOT_FOUND, NOT_FOUND, NOT_FOUND, "", "",
                    copy.body().isEmpty() ? "" : Integer.toString(copy.body().length()), "", "", ""));
            out.add(row);
        }
        return out.stream().map(r -> r.stream().map(GdeltRow::clean).toList()).toList();
    }

    /** GLOBALEVENTID, the two times, MentionType, MentionSourceName and MentionIdentifier of article {@code a}. */
    private static List<String> source(Article a, int seq, String added) {
        String url = a.metadata().url();
        String name = url != null ? host(url) : a.metadata().publisher();
        return List.of(Long.toString(GdeltRow.globalEventId(a.id(), seq)), added, added, url != null ? WEB : CITATION_ONLY,
                name != null ? name : a.metadata().sourceFile(), url != null ? url : a.metadata().sourceFile());
    }

    /** The address's host without {@code www.}, as GDELT names web sources ({@code reuters.com}). */
    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Where the event's sentence names the actor coded {@code code}, or -1. */
    private static String offset(List<Mention> mentions, Event e, String code) {
        return mentions.stream().filter(m -> m.sentence() == e.sentence() && m.code().equals(code) && m.span() != null)
                .filter(m -> e.span() == null || m.span().start() >= e.span().start() && m.span().end() <= e.span().end())
                .map(m -> Integer.toString(m.span().start())).findFirst().orElse(NOT_FOUND);
    }
}
