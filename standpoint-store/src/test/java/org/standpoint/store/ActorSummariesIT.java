package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Span;
import org.standpoint.testkit.OnEachDatabase;

class ActorSummariesIT extends OnEachDatabase {
    private static Mention mention(String code, String name, String rule) {
        return new Mention(0, 0, 0, 0, new Span(0, 1), code, name, null, rule);
    }

    private List<ActorSummaries.Actor> actorsOf(List<Mention> mentions) {
        try (Database db = Database.open(location())) {
            ArticleMetadata meta = new ArticleMetadata("a.txt", null, "T", null, null, null);
            new ArticleStore(db, "test").save(new StoredArticle(new Article("a1", meta, "Body.", List.of(), "a".repeat(64), null),
                    Annotation.empty(), "test", null, null));
            new ExtractionStore(db).replace("a1", new Extraction(mentions, List.of()));
            return new ActorSummaries(db).all();
        }
    }

    @Test
    void a_government_is_named_as_its_countrys_government_though_its_minister_is_named_more_often() {
        List<ActorSummaries.Actor> actors = actorsOf(List.of(
                mention("FRAGOV", "Alain Juppé", "named-before:Alain Juppé"),
                mention("FRAGOV", "Alain Juppé", "role:foreign minister->Alain Juppé"),
                mention("FRAGOV", "Alain Juppé", "named-before:Alain Juppé"),
                mention("FRAGOV", "France", "dictionary:FRA-seat")));
        assertThat(actors).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("French government");
            assertThat(a.mentions()).isEqualTo(4);
        });
    }

    @Test
    void an_organisation_is_named_by_its_code_not_by_the_person_who_spoke_for_it() {
        assertThat(actorsOf(List.of(mention("IGOUNO", "Kofi Annan", "named-before:Kofi Annan"))))
                .extracting(ActorSummaries.Actor::name).containsExactly("United Nations");
    }

    @Test
    void a_country_and_its_opposition_and_media_get_names_of_their_own() {
        assertThat(actorsOf(List.of(mention("SYR", "Syria", "dictionary:SYR-names"),
                mention("SYROPP", "Syria", "agent:opposition"), mention("RUSMED", "Interfax", "dictionary:interfax"))))
                .extracting(ActorSummaries.Actor::name)
                .containsExactlyInAnyOrder("Syria", "Syrian opposition", "Russian media");
    }

    @Test
    void a_code_the_name_table_does_not_know_keeps_the_name_its_mentions_give_it() {
        assertThat(actorsOf(List.of(mention("QQQGOV", "Freedonia", "dictionary:QQQ-names"))))
                .extracting(ActorSummaries.Actor::name).containsExactly("Freedonia");
    }
}
