package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
    private static List<TextBlock> blocks(String body) {
        return TextBlocks.of(Jsoup.parse("<html><body>" + body + "</body></html>").body());
    }

    @Test
    void lines_broken_by_br_in_a_div_are_blocks_of_their_own() {
        List<TextBlock> blocks = blocks("<div>The envoy arrived on Monday.<br>Talks began at noon.<br><br>"
                + "<b>No</b> statement followed.</div>");

        assertThat(blocks).extracting(TextBlock::text)
                .containsExactly("The envoy arrived on Monday.", "Talks began at noon.", "No statement followed.");
        assertThat(blocks).allMatch(TextBlock::loose);
    }

    @Test
    void text_around_a_paragraph_in_a_container_is_cut_at_the_paragraph() {
        assertThat(blocks("<section>Before the talks. <p>During the talks.</p> After the talks.</section>"))
                .extracting(TextBlock::text, TextBlock::loose)
                .containsExactly(tuple("Before the talks.", true),
                        tuple("During the talks.", false),
                        tuple("After the talks.", true));
    }

    @Test
    void a_quotation_of_two_paragraphs_is_one_block_with_its_words_kept_apart() {
        assertThat(blocks("<blockquote><p>We will not give up the river.</p><p>Not this year.</p></blockquote>"))
                .extracting(TextBlock::text).containsExactly("We will not give up the river. Not this year.");
    }

    @Test
    void inline_markup_does_not_split_a_paragraph_and_link_text_is_counted() {
        TextBlock block = blocks("<p>Read <a href=\"/a\">the treaty</a> in <em>full</em> here.</p>").get(0);

        assertThat(block.text()).isEqualTo("Read the treaty in full here.");
        assertThat(block.linkedChars()).isEqualTo("the treaty".length());
    }

    @Test
    void a_heading_is_marked_as_one() {
        assertThat(blocks("<h2>What comes next</h2><p>More talks.</p>")).extracting(TextBlock::heading)
                .containsExactly(true, false);
    }
}
