package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPruningTest {
    private static final String P1 = "The foreign minister of Veloria arrived in Ostrand on Tuesday for talks on the river treaty.";
    private static final String P2 = "Officials from both governments said the meeting would focus on fishing rights and tariffs.";
    private static final String P3 = "A joint statement is expected after the second day of negotiations, according to diplomats.";

    private static List<String> blocks(String article) {
        String html = "<html><body><div class=\"story\"><p>%s</p><p>%s</p>%s<p>%s</p></div></body></html>"
                .formatted(P1, P2, article, P3);
        return new HtmlContentExtractor().extract(html, "page.html", null, null).blocks();
    }

    @Test
    void a_box_of_links_inside_the_article_is_dropped() {
        String links = "<div><ul><li><a href=\"/1\">Earlier talks stalled in spring</a></li>"
                + "<li><a href=\"/2\">Dam dispute reaches the courts</a></li></ul></div>";

        assertThat(blocks(links)).containsExactly(P1, P2, P3);
    }

    @Test
    void a_rail_of_pictures_with_short_headlines_is_dropped() {
        String rail = "<div><div><img src=\"1.jpg\"><span>Floods in the north</span></div>"
                + "<div><img src=\"2.jpg\"><span>A new bridge opens</span></div>"
                + "<div><img src=\"3.jpg\"><span>Harvest festival</span></div></div>";

        assertThat(blocks(rail)).containsExactly(P1, P2, P3);
    }

    @Test
    void a_box_named_as_a_byline_is_dropped() {
        assertThat(blocks("<div class=\"article-byline\">By Ana Petrova, staff writer</div>"))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void a_box_of_prose_with_many_commas_stays_although_it_holds_links() {
        String prose = "<div>Talks involved Veloria, Ostrand, Kessa, Marn, Tull, Orrin, Pell, Vast, Corra, Dune, and "
                + "<a href=\"/l\">Lisk, the smallest of the river states</a>.</div>";

        assertThat(blocks(prose)).hasSize(4);
    }
}
