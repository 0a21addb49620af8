package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standpoint.ingest.RawDocument;

class ArticleBodyTest {
    private static final String P1 = "The foreign minister of Veloria arrived in Ostrand on Tuesday for talks on the river treaty.";
    private static final String P2 = "Officials from both governments said the meeting would focus on fishing rights and tariffs.";
    private static final String P3 = "A joint statement is expected after the second day of negotiations, according to diplomats.";

    private static RawDocument extract(String html) {
        return new HtmlContentExtractor().extract(html, "page.html", null, null);
    }

    @Test
    void a_page_of_short_paragraphs_no_container_scores_for_still_yields_them() {
        String html = "<html><body><div><p>Talks open.</p><p>Envoys meet.</p></div>"
                + "<div><p>No deal yet.</p></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly("Talks open.", "Envoys meet.", "No deal yet.");
    }

    @Test
    void the_json_ld_article_body_is_taken_when_the_page_shows_less_of_the_article() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "articleBody": "%s\\n%s\\n%s"}
                </script></head><body><div class="teaser"><p>%s</p></div></body></html>""".formatted(P1, P2, P3, P1);

        assertThat(extract(html).blocks()).containsExactly(P1, P2, P3);
    }

    @Test
    void the_json_ld_article_body_is_not_taken_when_the_page_shows_the_article() {
        String longer = P1 + " " + P2 + " " + P3;
        String html = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "%s"}</script>
                </head><body><article><p>%s</p><p>%s</p><p>%s</p><p>%s</p></article></body></html>"""
                .formatted(longer + " " + longer, P1, P2, P3, P1 + " Again.");

        assertThat(extract(html).blocks()).containsExactly(P1, P2, P3, P1 + " Again.");
    }

    @Test
    void the_headline_is_the_title_and_not_a_block_of_the_body() {
        String html = "<html><head><title>Talks open</title></head><body><div><h1>Talks open in Ostrand</h1>"
                + "<p>" + P1 + "</p><h3>Talks open in Ostrand</h3><p>" + P2 + "</p></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1, P2);
    }

    @Test
    void hidden_elements_are_not_read() {
        String html = "<html><body><div><p>" + P1 + "</p><p style=\"display: none\">" + P2 + "</p>"
                + "<div hidden><p>" + P3 + "</p></div></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1);
    }

    @Test
    void an_article_hidden_until_a_script_shows_it_is_still_read() {
        String html = "<html><body><div class=\"loading\">Loading</div><div style=\"display:none\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1, P2);
    }

    @Test
    void a_box_named_as_a_caption_goes_to_the_captions_and_a_captioned_figure_does_not() {
        String html = "<html><body><div><p>" + P1 + "</p><div class=\"image--captioned\"><img src=\"a.jpg\">"
                + "<div class=\"image-caption\">The minister at the airport.</div></div><p>" + P2 + "</p></div></body></html>";

        RawDocument doc = extract(html);

        assertThat(doc.blocks()).containsExactly(P1, P2);
        assertThat(doc.captions()).containsExactly("The minister at the airport.");
    }

    @Test
    void a_page_nested_thousands_of_levels_deep_is_read_without_running_out_of_stack() {
        String html = "<html><body>" + "<div>".repeat(3000) + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "</div>".repeat(3000) + "</body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1, P2);
    }

    @Test
    void a_byline_and_a_date_stamp_around_the_article_are_not_blocks_of_the_body() {
        String html = "<html><body><div><span itemprop=\"author\">Ana Petrova</span><time datetime=\"2019-11-20\">"
                + "20 November 2019</time><p>" + P1 + "</p><p>" + P2 + " It began <time>on Monday</time>.</p>"
                + "<div class=\"timestamp\">Updated 21 November 2019</div></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1, P2 + " It began on Monday.");
    }

    @Test
    void a_short_line_that_is_all_link_is_not_a_block_of_the_body() {
        String html = "<html><body><div><p>" + P1 + "</p><p><a href=\"/more\">More on the river talks</a></p><p>"
                + P2 + "</p></div></body></html>";

        assertThat(extract(html).blocks()).containsExactly(P1, P2);
    }

    @Test
    void an_html_page_is_marked_as_main_content() {
        assertThat(extract("<html><body><p>" + P1 + "</p></body></html>").mainContent()).isTrue();
    }
}
