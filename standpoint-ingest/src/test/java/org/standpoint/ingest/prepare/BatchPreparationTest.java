package org.standpoint.ingest.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.clean.Blocks;
import org.standpoint.ingest.dedup.MinHasher;
import org.standpoint.model.ArticleMetadata;

class BatchPreparationTest {
    private static final MinHasher HASHER = new MinHasher();
    private static final String STORY = "Velmora and Ostrand agreed on Tuesday to reopen talks on their shared border"
            + " after a pause of two years, officials in both capitals said, and envoys will meet next month.";
    private static final String RETOLD = STORY + " Diplomats said.";
    private static final String OTHER = "Kessa suspended grain exports to Ostrand on Saturday after weeks of dispute"
            + " over a new dam on the upper Seren river, and recalled its ambassador for consultations.";

    private static DocStats stats(String hash, String... blocks) {
        return new DocStats(hash, "the times", List.of(blocks));
    }

    private static RawDocument doc(String file, String publisher, String... paragraphs) {
        return new RawDocument(new ArticleMetadata(file, null, "A headline of the day", publisher, null, null),
                List.of(paragraphs), List.of(), true, file + String.join("\n", paragraphs));
    }

    /** Earlier runs holding the given content hashes and article signatures. */
    private static PriorRuns stored(List<String> hashes, Map<String, int[]> signatures) {
        return new PriorRuns() {
            @Override
            public boolean holds(String contentHash) {
                return hashes.contains(contentHash);
            }

            @Override
            public void forEachBlock(BlockVisitor visitor) {
            }

            @Override
            public Map<String, int[]> signatures() {
                return signatures;
            }
        };
    }

    @Test
    void a_later_copy_in_reading_order_is_dropped_and_the_first_kept() {
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(List.of(stats("h1", "x"), stats("h2", "y"),
                stats("h1", "x")), PriorRuns.NONE);
        assertThat(corpus.copies()).containsExactly(2);
    }

    @Test
    void a_document_stored_by_an_earlier_run_is_a_copy_even_the_first_time_in_the_batch() {
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(List.of(stats("h1", "x"), stats("h2", "y")),
                stored(List.of("h2"), Map.of()));
        assertThat(corpus.copies()).containsExactly(1);
    }

    @Test
    void a_block_of_two_unrelated_documents_is_furniture_and_their_own_text_is_not() {
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(List.of(stats("h1", "footer", "p1", "p2"),
                stats("h1", "footer", "p1", "p2"), stats("h2", "footer", "p3", "p4")), PriorRuns.NONE);
        assertThat(corpus.blocks().documentCount()).isEqualTo(2);
        assertThat(corpus.blocks().isRepeated("h2", "the times", "footer")).isTrue();
        assertThat(corpus.blocks().isRepeated("h2", "the times", "p3")).isFalse();
    }

    @Test
    void a_near_copy_links_to_the_earliest_article_of_its_story() {
        assertThat(BatchPreparation.links(List.of(
                new BatchPreparation.Signed("early", HASHER.signature(STORY)),
                new BatchPreparation.Signed("other", HASHER.signature(OTHER)),
                new BatchPreparation.Signed("late", HASHER.signature(RETOLD))), PriorRuns.NONE))
                .containsOnlyKeys("late").hasEntrySatisfying("late", m -> {
                    assertThat(m.articleId()).isEqualTo("early");
                    assertThat(m.similarity()).isGreaterThan(0.8);
                });
    }

    @Test
    void a_story_stored_before_is_the_original_of_its_copy_in_the_batch() {
        assertThat(BatchPreparation.links(List.of(new BatchPreparation.Signed("new", HASHER.signature(RETOLD))),
                stored(List.of(), Map.of("stored", HASHER.signature(STORY))))).containsOnlyKeys("new")
                .hasEntrySatisfying("new", m -> assertThat(m.articleId()).isEqualTo("stored"));
    }

    @Test
    void one_pass_keeps_originals_links_copies_drops_exact_copies_and_reports_clutter() {
        RawDocument first = doc("a.txt", "Wire", STORY);
        RawDocument exact = doc("a.txt", "Wire", STORY);
        RawDocument retold = doc("b.txt", "Daily", RETOLD);
        RawDocument clutter = doc("c.txt", "Daily", "Subscribe to our newsletter", "Share this");
        List<SourceFailure> failures = new ArrayList<>();
        BatchPreparation.Batch batch = BatchPreparation.prepare(List.of(first, exact, retold, clutter),
                PriorRuns.NONE, failures::add);
        assertThat(batch.alreadyStored()).isEqualTo(1);
        assertThat(batch.articles()).hasSize(2);
        PreparedArticle original = batch.articles().get(0);
        PreparedArticle copy = batch.articles().get(1);
        assertThat(original.article().isDuplicate()).isFalse();
        assertThat(original.similarity()).isNull();
        assertThat(original.article().contentHash()).isEqualTo(Blocks.sha256(first.identityText()));
        assertThat(copy.article().duplicateOf()).isEqualTo(original.article().id());
        assertThat(copy.similarity()).isGreaterThan(0.8);
        assertThat(copy.publisherKey()).isEqualTo("daily");
        assertThat(failures).extracting(SourceFailure::describe)
                .containsExactly("c.txt: " + BatchPreparation.NO_ARTICLE_TEXT);
    }

    @Test
    void the_steps_taken_apart_give_what_one_pass_gives() {
        List<RawDocument> docs = List.of(doc("a.txt", "Wire", STORY), doc("b.txt", "Daily", RETOLD),
                doc("c.txt", "Wire", OTHER));
        BatchPreparation.Batch onePass = BatchPreparation.prepare(docs, PriorRuns.NONE, f -> { });
        BatchPreparation.Corpus corpus = BatchPreparation.corpus(docs.stream().map(DocStats::of).toList(), PriorRuns.NONE);
        List<BatchPreparation.Signed> signed = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (RawDocument d : docs) {
            Cleaned c = BatchPreparation.clean(d, corpus.blocks());
            signed.add(new BatchPreparation.Signed(c.article().id(), c.signature()));
            ids.put(c.article().id(), c.article().body());
        }
        Map<String, String> links = new HashMap<>();
        BatchPreparation.links(signed, PriorRuns.NONE).forEach((copy, m) -> links.put(copy, m.articleId()));
        Map<String, String> fromOnePass = new HashMap<>();
        onePass.articles().stream().filter(p -> p.article().isDuplicate())
                .forEach(p -> fromOnePass.put(p.article().id(), p.article().duplicateOf()));
        assertThat(links).isEqualTo(fromOnePass).hasSize(1);
        assertThat(onePass.articles()).extracting(p -> p.article().body()).containsExactlyInAnyOrderElementsOf(ids.values());
    }
}
