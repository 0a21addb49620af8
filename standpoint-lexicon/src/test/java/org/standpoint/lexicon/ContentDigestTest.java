package org.standpoint.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDigestTest {
    @Test
    void the_same_files_in_the_same_order_give_the_same_digest() {
        assertThat(ContentDigest.EMPTY.plus("a").plus("b").hex()).isEqualTo(ContentDigest.EMPTY.plus("a").plus("b").hex())
                .hasSize(64);
    }

    @Test
    void another_file_or_another_order_gives_another_digest() {
        String ab = ContentDigest.EMPTY.plus("a").plus("b").hex();
        assertThat(ContentDigest.EMPTY.plus("b").plus("a").hex()).isNotEqualTo(ab);
        assertThat(ContentDigest.EMPTY.plus("a").plus("c").hex()).isNotEqualTo(ab);
        assertThat(ContentDigest.EMPTY.plus("a").hex()).isNotEqualTo(ab);
    }

    @Test
    void digests_join_in_order() {
        ContentDigest a = ContentDigest.EMPTY.plus("a");
        ContentDigest b = ContentDigest.EMPTY.plus("b");
        assertThat(a.plus(b)).isEqualTo(ContentDigest.EMPTY.plus("a").plus("b"));
    }
}
