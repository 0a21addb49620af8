package org.standpoint.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.ingest.dedup.MinHasher;

class BatchPreparationTest {
    private static final MinHasher HASHER = new MinHasher();
    private static final String STORY = "Russia and China vetoed a draft resolution on Syria at the Security Council"
            + " on Tuesday, saying it would open the way to foreign intervention in the country's affairs.";

    private static DocStats stats(String path, int ordinal, String hash, String... blocks) {
        return new DocStats(new DocKey(path, ordinal), hash, "the times", List.of(blocks));
    }

    @Test
    void the_first_copy_in_reading_order_is_kept_whatever_order_the_stats_arrive_in() {
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(List.of(
                stats("file:/in/b.jsonl", 0, "h1", "x"), stats("file:/in/a.jsonl", 1, "h1", "x"),
                stats("file:/in/a.jsonl", 0, "h2", "y")));
        assertThat(corpus.copies()).containsExactly(new DocKey("file:/in/b.jsonl", 0));
    }

    @Test
    void a_block_of_two_unrelated_documents_is_furniture_and_their_own_text_is_not() {
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(List.of(
                stats("a", 0, "h1", "footer", "p1", "p2"), stats("a", 1, "h1", "footer", "p1", "p2"),
                stats("a", 2, "h2", "footer", "p3", "p4")));
        assertThat(corpus.blocks().documentCount()).isEqualTo(2);
        assertThat(corpus.blocks().isRepeated("h2", "the times", "footer")).isTrue();
        assertThat(corpus.blocks().isRepeated("h2", "the times", "p3")).isFalse();
    }

    @Test
    void a_near_copy_links_to_the_earliest_article_of_its_story() {
        int[] story = HASHER.signature(STORY);
        int[] retold = HASHER.signature(STORY + " Diplomats said.");
        int[] other = HASHER.signature("The Arab League suspended Syria's membership on Saturday after weeks of"
                + " violence against protesters, and called on the army to stop killing civilians.");
        assertThat(BatchPreparation.links(List.of(
                new BatchPreparation.Signed(new DocKey("b", 0), "late", retold),
                new BatchPreparation.Signed(new DocKey("a", 3), "other", other),
                new BatchPreparation.Signed(new DocKey("a", 0), "early", story))))
                .containsExactlyEntriesOf(java.util.Map.of("late", "early"));
    }
}
