package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedBlocksTest {
    private static final String FOOTER = "footer";

    private final RepeatedBlocks corpus = new RepeatedBlocks();

    @Test
    void block_in_one_other_document_of_a_known_publisher_is_repeated() {
        corpus.observe("a", "courier", List.of("a1", "a2", "a3", FOOTER));
        corpus.observe("b", "courier", List.of("b1", "b2", "b3", FOOTER));

        assertThat(corpus.isRepeated("a", "courier", FOOTER)).isTrue();
        assertThat(corpus.isRepeated("a", "courier", "a1")).isFalse();
    }

    @Test
    void block_found_only_in_the_document_itself_is_not_repeated() {
        corpus.observe("a", "courier", List.of("a1", FOOTER));

        assertThat(corpus.isRepeated("a", "courier", FOOTER)).isFalse();
    }

    @Test
    void another_publishers_documents_are_no_witness() {
        corpus.observe("a", "courier", List.of("a1", "a2", "a3", FOOTER));
        corpus.observe("b", "herald", List.of("b1", "b2", "b3", FOOTER));

        assertThat(corpus.isRepeated("a", "courier", FOOTER)).isFalse();
    }

    @Test
    void unknown_publisher_needs_two_other_documents() {
        String unknown = RepeatedBlocks.UNKNOWN_PUBLISHER;
        corpus.observe("a", unknown, List.of("a1", "a2", "a3", FOOTER));
        corpus.observe("b", unknown, List.of("b1", "b2", "b3", FOOTER));

        assertThat(corpus.isRepeated("a", unknown, FOOTER)).isFalse();

        corpus.observe("c", unknown, List.of("c1", "c2", "c3", FOOTER));

        assertThat(corpus.isRepeated("a", unknown, FOOTER)).isTrue();
    }

    @Test
    void copies_of_one_story_sharing_half_their_blocks_do_not_witness_each_other() {
        corpus.observe("a", "courier", List.of("p1", "p2", "p3", "x"));
        corpus.observe("b", "courier", List.of("p1", "p2", "p3", "y"));

        assertThat(corpus.isRepeated("a", "courier", "p1")).isFalse();
        assertThat(corpus.isRepeated("b", "courier", "p2")).isFalse();
    }

    @Test
    void a_block_unseen_anywhere_is_not_repeated() {
        assertThat(corpus.isRepeated("a", "courier", "never")).isFalse();
    }

    @Test
    void document_count_counts_distinct_documents() {
        corpus.observe("a", "courier", List.of("a1"));
        corpus.observe("a", "courier", List.of("a2"));
        corpus.observe("b", "herald", List.of("b1"));

        assertThat(corpus.documentCount()).isEqualTo(2);
    }
}
