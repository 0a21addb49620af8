package org.standpoint.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicateIndexTest {
    private final MinHasher hasher = new MinHasher();
    private final NearDuplicateIndex index = new NearDuplicateIndex(0.8);

    @Test
    void lightly_edited_copy_is_found_as_the_nearest_article() {
        index.add("border", hasher.signature(Stories.BORDER_TALKS));
        index.add("dam", hasher.signature(Stories.DAM_TALKS));

        assertThat(index.nearest(hasher.signature(Stories.edited()))).hasValueSatisfying(match -> {
            assertThat(match.articleId()).isEqualTo("border");
            assertThat(match.similarity()).isGreaterThan(0.8);
        });
    }

    @Test
    void different_story_on_a_similar_topic_is_not_a_duplicate() {
        index.add("border", hasher.signature(Stories.BORDER_TALKS));

        assertThat(index.nearest(hasher.signature(Stories.DAM_TALKS))).isEmpty();
    }

    @Test
    void identical_text_matches_with_similarity_one() {
        index.add("border", hasher.signature(Stories.BORDER_TALKS));

        assertThat(index.nearest(hasher.signature(Stories.BORDER_TALKS)))
                .contains(new NearDuplicateIndex.Match("border", 1.0));
    }

    @Test
    void of_two_equally_similar_articles_the_smaller_id_wins() {
        int[] sig = hasher.signature(Stories.BORDER_TALKS);
        index.add("b-copy", sig);
        index.add("a-copy", sig);

        assertThat(index.nearest(sig).map(NearDuplicateIndex.Match::articleId)).contains("a-copy");
    }

    @Test
    void empty_index_finds_nothing() {
        assertThat(index.nearest(hasher.signature(Stories.BORDER_TALKS))).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void size_counts_indexed_articles() {
        index.add("border", hasher.signature(Stories.BORDER_TALKS));
        index.add("dam", hasher.signature(Stories.DAM_TALKS));

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void threshold_of_one_accepts_only_exact_copies() {
        NearDuplicateIndex strict = new NearDuplicateIndex(1.0);
        strict.add("border", hasher.signature(Stories.BORDER_TALKS));

        assertThat(strict.nearest(hasher.signature(Stories.BORDER_TALKS))).isPresent();
        assertThat(strict.nearest(hasher.signature(Stories.edited()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.01, Double.NaN})
    void threshold_outside_zero_to_one_is_rejected(double threshold) {
        assertThatThrownBy(() -> new NearDuplicateIndex(threshold))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }
}
