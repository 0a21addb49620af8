package org.standpoint.cli.export;

import java.util.List;
import org.standpoint.cli.SampleDatabase;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;

/**
 * {@link SampleDatabase} with stances and one more act added to its talks article (an undated criticism from
 * France, filed under the article's February 2012), and a near-duplicate copy of its veto article.
 */
public final class NetworkSample {
    static final String COPY_ID = "00000000aaaa1111";

    private NetworkSample() {
    }

    public static String create(String location) {
        SampleDatabase.create(location);
        try (Database db = Database.open(location)) {
            new ExtractionStore(db).replace(SampleDatabase.TALKS_ID, new Extraction(List.of(), List.of(
                    new Event("FRA", "France", "IGOWSTNAT", "NATO", "036", null, Modality.INTENDED, 0, new Span(0, 14),
                            "Talks went on.", "verb:talk", List.of(), 1),
                    new Event("FRAGOV", "France", "SYRGOV", "Syria", "111", null, Modality.ASSERTED, 0, new Span(0, 14),
                            "Talks went on.", "verb:criticize", List.of(), 1)), List.of(), List.of(), List.of(
                    stance("USAGOV", "leader_exit", Polarity.SUPPORT), stance("FRAGOV", "leader_exit", Polarity.SUPPORT),
                    stance("RUSGOV", "leader_exit", Polarity.OPPOSE), stance("FRAGOV", "sanctions", Polarity.SUPPORT),
                    stance("RUSGOV", "sanctions", Polarity.OPPOSE))));
            ArticleMetadata meta = new ArticleMetadata("copy.txt", null, "Copy", "Other Wire",
                    PartialDate.parse("2011-10-06").orElseThrow(), "https://www.other.example/copy", DateOrigin.MANIFEST);
            new ArticleStore(db, "test").save(new StoredArticle(new Article(COPY_ID, meta, "", List.of(), "c".repeat(64),
                    SampleDatabase.VETO_ID), Annotation.empty(), "test", null, null));
        }
        return location;
    }

    private static Stance stance(String holder, String policy, Polarity p) {
        return new Stance(holder, null, policy, "SYR", p, null, 0, new Span(0, 14), "Talks went on.", "cue");
    }
}
