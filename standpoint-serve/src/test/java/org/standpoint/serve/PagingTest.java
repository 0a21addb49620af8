package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final List<String> FOUR = List.of("a", "b", "c", "d");

    @Test
    void a_page_is_a_slice_with_the_total_of_the_whole_list() {
        Paging.Page<String> page = new Paging(2, 1).of(FOUR);
        assertThat(page.items()).containsExactly("b", "c");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void the_last_page_holds_what_is_left_and_a_page_past_the_end_nothing() {
        assertThat(new Paging(3, 2).of(FOUR).items()).containsExactly("c", "d");
        Paging.Page<String> past = new Paging(3, 10).of(FOUR);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(4);
    }

    @Test
    void a_page_past_the_end_of_a_huge_offset_does_not_overflow() {
        assertThat(new Paging(Paging.MAX_LIMIT, Integer.MAX_VALUE).of(FOUR).items()).isEmpty();
    }
}
