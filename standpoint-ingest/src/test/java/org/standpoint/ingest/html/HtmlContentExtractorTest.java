package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standpoint.ingest.RawDocument;
import org.standpoint.model.PartialDate;

class HtmlContentExtractorTest {
    private static final String P1 = "The foreign minister of Veloria arrived in Ostrand on Tuesday for talks on the river treaty.";
    private static final String P2 = "Officials from both governments said the meeting would focus on fishing rights and tariffs.";
    private static final String P3 = "A joint statement is expected after the second day of negotiations, according to diplomats.";

    private final HtmlContentExtractor extractor = new HtmlContentExtractor();

    private RawDocument extract(String html) {
        return extractor.extract(html, "page.html", null, null);
    }

    @Test
    void only_article_paragraphs_come_out_of_a_cluttered_page_and_the_caption_lands_in_captions() {
        String html = """
                <html><head><title>Talks open</title></head><body>
                <header><a href="/">Daily Meridian</a><p>The paper of record for the whole valley region</p></header>
                <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
                <div class="cookie-banner"><p>This site stores cookies so that pages load faster for you today.</p></div>
                <article>
                  <h1>Talks open in Ostrand</h1>
                  <div class="share-bar"><a href="#">Share on social</a><p>Share this story with friends and family</p></div>
                  <figure><img src="a.jpg"><figcaption>The minister, left, at the airport. <span class="credit">Photo: Staff</span></figcaption></figure>
                  <p>%s</p>
                  <p>%s</p>
                  <div class="newsletter"><p>Sign up for our morning newsletter to get the news first.</p></div>
                  <p>%s</p>
                  <div class="related-links"><h3>Related</h3><ul><li><a href="/x">Earlier talks stalled in spring</a></li></ul></div>
                </article>
                <aside><p>Most read: a long list of other stories that readers enjoyed this week.</p></aside>
                <footer><p>Copyright Daily Meridian, all rights reserved, no reproduction allowed.</p></footer>
                <script>var tracking = "no text here";</script>
                </body></html>
                """.formatted(P1, P2, P3);

        RawDocument doc = extract(html);

        assertThat(doc.blocks()).containsExactly(P1, P2, P3);
        assertThat(doc.captions()).containsExactly("The minister, left, at the airport. Photo: Staff");
    }

    @Test
    void without_article_markup_the_container_with_the_densest_prose_is_chosen() {
        String html = """
                <html><body>
                <div id="links"><p><a href="/a">A headline about something else entirely, linked</a></p>
                  <p><a href="/b">Another headline about another thing entirely, linked</a></p></div>
                <div id="story"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="sidebar-box"><p>Weather today: cloudy with a chance of rain over the hills.</p></div>
                </body></html>
                """.formatted(P1, P2, P3);

        assertThat(extract(html).blocks()).containsExactly(P1, P2, P3);
    }

    @Test
    void subheadings_quotations_and_list_items_are_blocks_in_document_order_with_whitespace_collapsed() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <h2>  What   comes next </h2>
                <blockquote><p>We will not give up the river.</p><p>Not this year.</p></blockquote>
                <ul><li>Fishing&nbsp;rights</li><li>   </li><li>Tariffs</li></ul>
                <p>%s</p>
                </article></body></html>
                """.formatted(P1, P2);

        assertThat(extract(html).blocks()).containsExactly(P1, "What comes next",
                "We will not give up the river. Not this year.", "Fishing rights", "Tariffs", P2);
    }

    @Test
    void open_graph_title_is_preferred_and_the_site_name_suffix_is_removed() {
        String html = page("""
                <meta property="og:title" content="Talks open in Ostrand | Daily Meridian">
                <meta property="og:site_name" content="Daily Meridian">
                <title>Something else</title>""");

        RawDocument doc = extract(html);

        assertThat(doc.metadata().title()).isEqualTo("Talks open in Ostrand");
        assertThat(doc.titleFromMarkup()).isTrue();
    }

    @Test
    void title_element_loses_a_dash_site_suffix_only_when_it_is_the_site_name() {
        String named = page("<meta property=\"og:site_name\" content=\"Daily Meridian\"><title>Talks - Daily Meridian</title>");
        String other = page("<title>Veloria - Ostrand talks</title>");

        assertThat(extract(named).metadata().title()).isEqualTo("Talks");
        assertThat(extract(other).metadata().title()).isEqualTo("Veloria - Ostrand talks");
    }

    @Test
    void headline_is_the_articles_h1_and_not_a_logo_h1_in_the_site_header() {
        String html = """
                <html><body><header><h1>Daily Meridian</h1></header>
                <article><h1>Talks open in Ostrand</h1><p>%s</p></article></body></html>""".formatted(P1);

        assertThat(extract(html).metadata().title()).isEqualTo("Talks open in Ostrand");
    }

    @Test
    void page_without_any_title_is_not_marked_as_titled() {
        RawDocument doc = extract("<html><body><p>" + P1 + "</p></body></html>");

        assertThat(doc.metadata().title()).isNull();
        assertThat(doc.titleFromMarkup()).isFalse();
        assertThat(doc.blocks()).containsExactly(P1);
    }

    @Test
    void published_date_comes_from_the_article_meta_tag() {
        String html = page("<meta property=\"article:published_time\" content=\"2011-03-04T09:30:00+01:00\">");

        assertThat(extract(html).metadata().published()).isEqualTo(new PartialDate(2011, 3, 4));
    }

    @Test
    void an_unparseable_meta_date_gives_way_to_the_next_declaration() {
        String html = page("""
                <meta name="pubdate" content="Friday morning">
                <meta name="DC.date.issued" content="2011-03">""");

        assertThat(extract(html).metadata().published()).isEqualTo(new PartialDate(2011, 3, null));
    }

    @Test
    void published_date_and_publisher_come_from_json_ld_in_a_graph() {
        String html = page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "datePublished": "2001-01-01"},
                  {"@type": "NewsArticle", "datePublished": "2012-07-15T08:00:00Z",
                   "publisher": {"@type": "Organization", "name": "Valley Courier"}}]}
                </script>""");

        RawDocument doc = extract(html);

        assertThat(doc.metadata().published()).isEqualTo(new PartialDate(2012, 7, 15));
        assertThat(doc.metadata().publisher()).isEqualTo("Valley Courier");
    }

    @Test
    void broken_json_ld_is_ignored() {
        String html = page("<script type=\"application/ld+json\">{\"datePublished\": </script>");

        RawDocument doc = extract(html);

        assertThat(doc.metadata().published()).isNull();
        assertThat(doc.blocks()).containsExactly(P1);
    }

    @Test
    void time_element_in_the_article_gives_the_date_when_no_meta_does() {
        String html = "<html><body><article><time datetime=\"2010-11-02\">2 Nov</time><p>" + P1 + "</p></article></body></html>";

        assertThat(extract(html).metadata().published()).isEqualTo(new PartialDate(2010, 11, 2));
    }

    @Test
    void publisher_is_the_open_graph_site_name_before_json_ld() {
        String html = page("""
                <meta property="og:site_name" content="Daily Meridian">
                <script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Meridian Group"}}</script>""");

        assertThat(extract(html).metadata().publisher()).isEqualTo("Daily Meridian");
    }

    @Test
    void url_is_the_canonical_link_resolved_against_the_base_else_the_base_itself() {
        String canonical = page("<link rel=\"canonical\" href=\"/world/talks-open\">");
        String plain = page("");

        assertThat(extractor.extract(canonical, "x.warc", "record 1", "https://meridian.example/world/talks-open?ref=home")
                .metadata().url()).isEqualTo("https://meridian.example/world/talks-open");
        assertThat(extractor.extract(plain, "x.warc", "record 1", "https://meridian.example/a").metadata().url())
                .isEqualTo("https://meridian.example/a");
    }

    @Test
    void the_same_article_in_two_page_layouts_has_the_same_identity_text() {
        String layoutA = """
                <html><head><meta property="og:title" content="Talks open"></head><body>
                <nav><a href="/">Home</a></nav><article><p>%s</p><p>%s</p></article></body></html>""".formatted(P1, P2);
        String layoutB = """
                <html><head><title>Talks open</title></head><body><div class="wrap">
                <div class="content"><h1>Talks open</h1><p>%s</p><p>%s</p></div>
                <div class="promo"><p>Subscribe now for only a small sum each month, cancel any time.</p></div>
                </div></body></html>""".formatted(P1, P2);

        assertThat(extract(layoutA).identityText()).isEqualTo(extract(layoutB).identityText())
                .isEqualTo("Talks open\n\n" + P1 + "\n\n" + P2);
    }

    @Test
    void a_wrapper_whose_class_mentions_a_sidebar_is_kept_when_it_holds_the_article() {
        String html = """
                <html><body><div class="layout has-sidebar"><div class="story"><p>%s</p><p>%s</p></div>
                <div class="sidebar"><p>Weather today: cloudy with a chance of rain over the hills.</p></div></div>
                </body></html>""".formatted(P1, P2);

        assertThat(extract(html).blocks()).containsExactly(P1, P2);
    }

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><article><p>" + P1 + "</p></article></body></html>";
    }
}
