package org.standpoint.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void identical_texts_have_similarity_one() {
        assertThat(MinHasher.similarity(hasher.signature(Stories.BORDER_TALKS), hasher.signature(Stories.BORDER_TALKS)))
                .isEqualTo(1.0);
    }

    @Test
    void spacing_case_and_punctuation_do_not_change_the_signature() {
        String retyped = Stories.BORDER_TALKS.toUpperCase().replace(", ", " ,  ").replace(".", " .\n");

        assertThat(hasher.signature(retyped)).isEqualTo(hasher.signature(Stories.BORDER_TALKS));
    }

    @Test
    void the_same_text_gets_the_same_signature_from_two_hashers() {
        assertThat(new MinHasher().signature(Stories.BORDER_TALKS)).isEqualTo(hasher.signature(Stories.BORDER_TALKS));
    }

    @Test
    void a_copy_with_a_few_words_changed_stays_above_the_duplicate_line() {
        double sim = MinHasher.similarity(hasher.signature(Stories.BORDER_TALKS), hasher.signature(Stories.edited()));

        assertThat(sim).isGreaterThan(0.8).isLessThan(1.0);
    }

    @Test
    void a_different_story_on_a_similar_topic_is_far_below_it() {
        double sim = MinHasher.similarity(hasher.signature(Stories.BORDER_TALKS), hasher.signature(Stories.DAM_TALKS));

        assertThat(sim).isLessThan(0.3);
    }

    @Test
    void text_shorter_than_a_shingle_still_gets_a_full_signature() {
        int[] sig = hasher.signature("Talks resumed.");

        assertThat(sig).hasSize(MinHasher.SIGNATURE_LENGTH).doesNotContain(Integer.MAX_VALUE);
        assertThat(MinHasher.similarity(sig, hasher.signature("talks  RESUMED"))).isEqualTo(1.0);
    }

    @Test
    void signatures_of_different_lengths_cannot_be_compared() {
        assertThatThrownBy(() -> MinHasher.similarity(new int[3], new int[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 vs 4");
    }
}
