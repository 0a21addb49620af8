package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.Polarity;
import org.standpoint.model.Provenance;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.testkit.OnEachDatabase;

class ProvenanceIT extends OnEachDatabase {
    private static final String TEXT = "Norway accused Sweden.";
    private static final Span ALL = new Span(0, TEXT.length());

    private static Provenance why(String stage, String rule, String... entries) {
        return new Provenance(stage, rule, List.of(entries), "a".repeat(64), "standpoint test");
    }

    private String stored(Extraction x) {
        Article a = new Article("p1", new ArticleMetadata("p1.txt", null, null, null, null, null), TEXT, List.of(),
                "1".repeat(64), null);
        try (Database db = Database.open(location())) {
            new ArticleStore(db, "test").save(new StoredArticle(a, Annotation.empty(), "test", null, null));
            new ExtractionStore(db).replace(a.id(), x);
        }
        return a.id();
    }

    private Extraction read(String id) {
        try (Database db = Database.open(location())) {
            return new ExtractionStore(db).extraction(id);
        }
    }

    @Test
    void every_kind_of_record_keeps_its_provenance_through_the_database() {
        Extraction x = new Extraction(
                List.of(new Mention(0, 0, 0, 0, new Span(0, 6), "NOR", "Norway", null, "dictionary:NOR-names",
                        why("actors", "dictionary", "actors:NOR-names"))),
                List.of(new Event("NOR", "Norway", "SWE", "Sweden", "112", null, Modality.ASSERTED, 0, ALL, TEXT,
                        "verb:accuse", List.of("dictionary:NOR-names"), 1,
                        why("events", "verb-pattern", "verbs:accuse", "actors:NOR-names"))),
                List.of(new Quote(0, ALL, TEXT, "Norway", "NOR", QuoteKind.INDIRECT, "indirect:say-ccomp",
                        why("quotes", "indirect:ccomp", "speech-verb:say"))),
                List.of(new Figure("killed", 3, FigureBound.EXACT, null, null, null, 0, ALL, TEXT, "nummod+civilian",
                        why("figures", "nummod+asserted", "counts:civilian"))),
                List.of(new Stance("NOR", "Norway", "sanctions", "SWE", Polarity.SUPPORT, null, 0, ALL, TEXT, "cue=...",
                        why("stances", "cue-predicate", "policies:sanctions=sanction", "stance-verbs:call for"))));
        assertThat(read(stored(x))).isEqualTo(x);
    }

    @Test
    void a_record_without_provenance_reads_back_as_unrecorded() {
        Extraction x = new Extraction(List.of(new Mention(0, 0, 0, 0, new Span(0, 6), "NOR", "Norway", null, "r")),
                List.of());
        assertThat(read(stored(x)).mentions()).singleElement()
                .satisfies(m -> assertThat(m.provenance()).isEqualTo(Provenance.UNRECORDED));
    }

    @Test
    void a_lexicon_digest_is_recorded_once_with_the_files_it_stands_for() {
        try (Database db = Database.open(location())) {
            LexiconSets sets = new LexiconSets(db);
            sets.record("b".repeat(64), List.of("bundled", "--actors mine.tsv (sha256 c0ffee)"));
            sets.record("b".repeat(64), List.of("something else"));
            sets.record("c".repeat(64), List.of("bundled"));
            assertThat(sets.all()).containsExactly(
                    java.util.Map.entry("b".repeat(64), List.of("bundled", "--actors mine.tsv (sha256 c0ffee)")),
                    java.util.Map.entry("c".repeat(64), List.of("bundled")));
        }
    }
}
