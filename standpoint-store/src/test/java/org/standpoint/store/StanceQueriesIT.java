package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.testkit.OnEachDatabase;

class StanceQueriesIT extends OnEachDatabase {
    @BeforeEach
    void storeTwoStances() {
        try (Database db = Database.open(location())) {
            store(db, "a1", "a", "2011-10-05", stance("RUSGOV", "2011-10-04"));
            store(db, "a2", "b", null, stance("CHNGOV", null));
        }
    }

    private List<String> holders(String holder, String policy, String target) {
        try (Database db = Database.open(location())) {
            return new StanceQueries(db).stances(holder, policy, target).stream().map(s -> s.stance().holder()).toList();
        }
    }

    private static Stance stance(String holder, String date) {
        return new Stance(holder, null, "sanctions", "SYR", Polarity.OPPOSE, PartialDate.parse(date).orElse(null), 0,
                null, "opposes sanctions", "test");
    }

    private static void store(Database db, String id, String hashDigit, String published, Stance stance) {
        ArticleMetadata meta = new ArticleMetadata(id + ".txt", null, "T", null, PartialDate.parse(published).orElse(null), null);
        new ArticleStore(db, "test").save(new StoredArticle(new Article(id, meta, "Body.", List.of(), hashDigit.repeat(64), null),
                Annotation.empty(), "test", null, null));
        new ExtractionStore(db).replace(id, Extraction.empty().withStances(List.of(stance)));
    }

    @Test
    void holder_policy_and_target_match_in_any_case() {
        assertThat(holders("rus", "SANCTIONS", "syr")).containsExactly("RUSGOV");
    }

    @Test
    void wildcards_in_a_filter_match_only_themselves() {
        assertThat(holders("R_S", null, null)).isEmpty();
        assertThat(holders("%", null, null)).isEmpty();
        assertThat(holders(null, "sanc%", null)).isEmpty();
    }

    @Test
    void undated_stances_of_undated_articles_come_first() {
        assertThat(holders(null, null, null)).containsExactly("CHNGOV", "RUSGOV");
    }
}
