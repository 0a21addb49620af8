package org.standpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleMetadataTest {
    private static final PartialDate MAY = PartialDate.parse("2014-05-03").orElseThrow();
    private static final PartialDate JUNE = PartialDate.parse("2014-06-01").orElseThrow();

    @Test
    void a_date_given_without_its_origin_is_the_inputs_own_metadata() {
        assertThat(new ArticleMetadata("a.txt", null, null, null, MAY, null).publishedFrom())
                .isEqualTo(DateOrigin.METADATA);
    }

    @Test
    void no_date_comes_from_nowhere() {
        assertThat(new ArticleMetadata("a.txt", null, null, null, null, null).publishedFrom())
                .isEqualTo(DateOrigin.NONE);
    }

    @Test
    void a_date_and_its_origin_must_agree() {
        assertThatThrownBy(() -> new ArticleMetadata("a.txt", null, null, null, null, null, DateOrigin.TEXT))
                .hasMessageContaining("TEXT").hasMessageContaining("a.txt");
        assertThatThrownBy(() -> new ArticleMetadata("a.txt", null, null, null, MAY, null, DateOrigin.NONE))
                .hasMessageContaining("2014-05-03");
        assertThatThrownBy(() -> new ArticleMetadata("a.txt", null, null, null, MAY, null, null))
                .hasMessageContaining("null");
    }

    @Test
    void the_inputs_own_date_wins_over_a_fallback_and_keeps_its_origin() {
        ArticleMetadata own = new ArticleMetadata("a.txt", null, null, null, MAY, null);
        ArticleMetadata manifest = new ArticleMetadata("a.txt", null, null, "Courier", JUNE, null, DateOrigin.MANIFEST);

        ArticleMetadata merged = own.orElse(manifest);

        assertThat(merged.published()).isEqualTo(MAY);
        assertThat(merged.publishedFrom()).isEqualTo(DateOrigin.METADATA);
        assertThat(merged.publisher()).isEqualTo("Courier");
    }

    @Test
    void a_date_filled_from_a_fallback_takes_the_fallbacks_origin() {
        ArticleMetadata undated = new ArticleMetadata("a.txt", null, null, null, null, null);
        ArticleMetadata manifest = new ArticleMetadata("a.txt", null, null, null, JUNE, null, DateOrigin.MANIFEST);

        assertThat(undated.orElse(manifest).publishedFrom()).isEqualTo(DateOrigin.MANIFEST);
    }

    @Test
    void origins_are_written_and_read_by_their_lower_case_label() {
        for (DateOrigin o : DateOrigin.values()) {
            assertThat(DateOrigin.ofLabel(o.label())).isEqualTo(o);
        }
        assertThat(DateOrigin.TEXT.label()).isEqualTo("text");
        assertThat(DateOrigin.ofLabel(null)).isNull();
    }
}
