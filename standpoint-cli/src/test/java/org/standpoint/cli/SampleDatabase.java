package org.standpoint.cli;

import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Span;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;

/** A small database of two articles with invented actors and events, for the commands that read extraction. */
public final class SampleDatabase {
    public static final String VETO_ID = "0123456789abcdef";
    public static final String TALKS_ID = "fedcba9876543210";
    public static final String VETO_BODY = "Russia and China vetoed the draft on Tuesday.\n\n"
            + "Foreign Minister Sergei Lavrov said Moscow would keep talking to Damascus.";

    private SampleDatabase() {
    }

    /** Fills the new database at {@code location} and returns the location for {@code --db}. */
    public static String create(String location) {
        try (Database db = Database.open(location)) {
            ArticleStore articles = new ArticleStore(db, "test");
            articles.save(new StoredArticle(article(VETO_ID, "veto.txt", "2011-10-05", VETO_BODY, "a"),
                    Annotation.empty(), "test", null, null));
            articles.save(new StoredArticle(article(TALKS_ID, "talks.txt", "2012-02", "Talks went on.", "b"),
                    Annotation.empty(), "test", null, null));
            ExtractionStore store = new ExtractionStore(db);
            store.replace(VETO_ID, vetoExtraction());
            store.replace(TALKS_ID, new Extraction(List.of(), List.of(new Event("FRA", "France", "IGOWSTNAT", "NATO",
                    "036", null, Modality.INTENDED, 0, new Span(0, 14), "Talks went on.", "verb:talk", List.of(), 1))));
        }
        return location;
    }

    private static Article article(String id, String file, String published, String body, String hashDigit) {
        ArticleMetadata meta = new ArticleMetadata(file, null, "Title of " + file, "Example Wire",
                PartialDate.parse(published).orElseThrow(), file.startsWith("veto") ? "https://example.org/veto" : null);
        return new Article(id, meta, body, List.of(), hashDigit.repeat(64), null);
    }

    static Extraction vetoExtraction() {
        List<Mention> mentions = List.of(
                new Mention(0, 0, 0, 0, new Span(0, 6), "RUSGOV", "Russia", null, "country:Russia"),
                new Mention(0, 2, 2, 2, new Span(11, 16), "CHNGOV", "China", null, "country:China"),
                new Mention(1, 2, 3, 3, new Span(64, 77), "RUSGOV", "Sergei Lavrov", "Foreign Minister", "person:Lavrov"),
                new Mention(1, 5, 5, 5, new Span(83, 89), "RUSGOV", "Russia", null, "capital:Moscow"));
        List<Event> events = List.of(
                new Event("RUSGOV", "Russia", "IGOUNO", "United Nations", "129", PartialDate.parse("2011-10-04").orElseThrow(),
                        Modality.ASSERTED, 0, new Span(0, 45), "Russia and China vetoed the draft on Tuesday.",
                        "verb:veto/dobj", List.of("actors:RUSSIA", "verbs:VETO"), 1),
                new Event("RUSGOV", "Sergei Lavrov", "SYRGOV", "Syria", "0241", PartialDate.parse("2011-10").orElseThrow(),
                        Modality.PROMISED, 1, new Span(47, 122),
                        "Foreign Minister Sergei Lavrov said Moscow would keep\ttalking to Damascus.", "verb:talk",
                        List.of(), 2));
        return new Extraction(mentions, events);
    }
}
