package org.standpoint.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.ingest.RawDocument;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.DateOrigin;
import org.standpoint.model.PartialDate;

class BoilerplateCleanerTest {
    private static final String HEADLINE = "Envoys Agree to Resume Border Talks in Dovren";
    private static final String P1 = "Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their disputed border after a pause of two years.";
    private static final String P2 = "The agreement came after three days of meetings hosted by the regional council in the lakeside town of Dovren.";
    private static final String P3 = "Velmora's foreign minister, Anna Brisk, said the first round would focus on water rights along the Seren river.";
    private static final String P4 = "Ostrand has long accused its neighbour of diverting water upstream, a charge that Velmora has always denied.";

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private static RawDocument doc(String file, String publisher, String title, boolean titleFromMarkup, List<String> blocks) {
        return new RawDocument(new ArticleMetadata(file, null, title, publisher, null, null), blocks, List.of(),
                titleFromMarkup, String.join("\n\n", blocks));
    }

    private static RawDocument textPage(String... blocks) {
        return doc("page.txt", null, null, false, List.of(blocks));
    }

    private CleanedText clean(RawDocument doc) {
        return cleaner.clean(doc, new RepeatedBlocks());
    }

    /** Learns the corpus from every document first, then cleans each, as the analyze command does. */
    private List<CleanedText> cleanCorpus(RawDocument... docs) {
        RepeatedBlocks corpus = new RepeatedBlocks();
        for (RawDocument d : docs) {
            List<String> hashes = d.blocks().stream().map(Blocks::normalizeSpace).filter(b -> !b.isEmpty())
                    .map(Blocks::blockHash).distinct().toList();
            corpus.observe(Blocks.sha256(d.identityText()), BoilerplateCleaner.publisherKey(d.metadata()), hashes);
        }
        List<CleanedText> out = new ArrayList<>();
        for (RawDocument d : docs) {
            out.add(cleaner.clean(d, corpus));
        }
        return out;
    }

    @Test
    void headline_after_site_banners_becomes_the_title_and_the_banners_are_dropped() {
        CleanedText clean = clean(textPage(
                "Enjoying our coverage?",
                "Become a member",
                "Independent reporting like ours only exists because readers like you support it.",
                "Will you help us keep our journalism free for everyone with a small monthly gift?",
                HEADLINE, P1, P2, P3));

        assertThat(clean.title()).isEqualTo(HEADLINE);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void appeal_line_without_a_giving_verb_next_to_an_appeal_is_dropped_with_it() {
        CleanedText clean = clean(textPage(
                "Our reporting is free to read because readers like you chip in every month.",
                "Please support us today.",
                HEADLINE, P1, P2, P3));

        assertThat(clean.title()).isEqualTo(HEADLINE);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void appeal_after_the_body_is_dropped_whole_even_when_its_first_line_names_no_ask() {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, P3,
                "Reporting like this takes time, and readers like you make it possible every single day.",
                "Please support us today."));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void second_person_paragraph_beside_an_advertisement_marker_is_kept() {
        String op = "If you travel to Dovren this spring, you will find a town that hopes the talks will last.";

        CleanedText clean = clean(textPage(HEADLINE, P1, P2, "Advertisement", op, P3));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, op, P3);
    }

    @Test
    void byline_between_headline_and_lede_is_not_taken_for_the_headline() {
        CleanedText clean = clean(textPage(HEADLINE, "By Jane Doe", P1, P2, P3));

        assertThat(clean.title()).isEqualTo(HEADLINE);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void caption_followed_by_a_byline_goes_to_captions() {
        String caption = "Foreign ministers pose for a photo before the talks in Dovren on Tuesday.";

        CleanedText clean = clean(textPage(HEADLINE, caption, "Jane Doe, Dovren", P1, P2, P3));

        assertThat(clean.captions()).containsExactly(caption);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void sentence_case_headline_is_found_after_banners() {
        String headline = "Envoys agree to resume border talks in Dovren";

        CleanedText clean = clean(textPage("Become a member", headline, P1, P2));

        assertThat(clean.title()).isEqualTo(headline);
        assertThat(clean.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void photo_caption_between_headline_and_lede_goes_to_captions() {
        String caption = "Foreign ministers pose for a photo before the talks in Dovren on Tuesday.";

        CleanedText clean = clean(textPage(HEADLINE, caption, P1, P2, P3));

        assertThat(clean.captions()).containsExactly(caption);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void caption_ending_in_the_photographers_name_goes_to_captions() {
        String caption = "Delegates walk to the council hall in Dovren on Monday. Jane Doe";

        CleanedText clean = clean(textPage(HEADLINE, caption, P1, P2, P3));

        assertThat(clean.captions()).containsExactly(caption);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void caption_followed_by_its_credit_line_both_go_to_captions() {
        String caption = "Foreign ministers pose for a photo before the talks in Dovren on Tuesday.";
        String credit = "Photo: Jane Doe / Valley Courier";

        CleanedText clean = clean(textPage(HEADLINE, caption, credit, P1, P2, P3));

        assertThat(clean.captions()).containsExactly(caption, credit);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void two_captions_in_a_row_both_go_to_captions() {
        String photo = "Foreign ministers pose for a photo before the talks in Dovren on Tuesday.";
        String credited = "Delegates walk to the council hall in Dovren on Monday. Jane Doe";

        CleanedText clean = clean(textPage(HEADLINE, photo, credited, P1, P2, P3));

        assertThat(clean.captions()).containsExactly(photo, credited);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void single_paragraph_mentioning_a_photo_is_the_body_not_a_caption() {
        String only = "The two ministers posed for a photo in Dovren on Tuesday before flying home separately.";

        CleanedText clean = clean(textPage(HEADLINE, only));

        assertThat(clean.paragraphs()).containsExactly(only);
        assertThat(clean.captions()).isEmpty();
    }

    @Test
    void tags_byline_author_box_and_bio_after_the_body_are_removed() {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, P3, P4,
                "Tags: UN, Syria",
                "Jane Doe",
                "About Jane Doe",
                "Jane Doe has covered diplomacy in the region for the Valley Courier since 2015."));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void donation_appeal_after_the_article_is_removed() {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, P3,
                "If you valued this report, please support our independent newsroom with a donation today."));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "Story continues below advertisement"})
    void lone_advertisement_line_between_paragraphs_is_dropped_and_the_text_after_it_kept(String ad) {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, ad, P3, P4));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void advertisement_before_the_last_paragraph_does_not_cut_it_off() {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, "Advertisement", P3));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void advertisement_between_the_only_two_paragraphs_does_not_cut_off_the_second() {
        CleanedText clean = clean(textPage(HEADLINE, P1, "Advertisement", P2));

        assertThat(clean.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void short_final_sentence_is_kept() {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, P3, "He declined to comment.", "Tags: Velmora, Ostrand"));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3, "He declined to comment.");
    }

    static Stream<String> quotedSpeech() {
        return Stream.of(
                "\"We do not support any plan that leaves the refugees without shelter,\" the minister told reporters.",
                "“We do not support sanctions that hurt ordinary families, and you cannot help a nation by starving it.”",
                "\"We ask our neighbours to support us in this difficult hour,\" Brisk said after the vote.",
                "The envoy said the council should help you understand that the ceasefire will hold until the spring.");
    }

    @ParameterizedTest
    @MethodSource("quotedSpeech")
    void quoted_or_reported_words_inside_the_body_are_not_mistaken_for_an_appeal(String speech) {
        CleanedText clean = clean(textPage(HEADLINE, P1, P2, speech, P3));

        assertThat(clean.paragraphs()).containsExactly(P1, P2, speech, P3);
    }

    @Test
    void headline_repeated_inside_the_body_is_dropped_when_the_title_came_from_markup() {
        String title = "Envoys Agree to Resume Border Talks";

        CleanedText clean = clean(doc("page.html", null, title, true, List.of(title, P1, P2, title, P3, P4)));

        assertThat(clean.title()).isEqualTo(title);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void title_from_markup_is_kept_even_when_the_page_has_a_headline_like_line() {
        CleanedText clean = clean(doc("page.html", null, "Markup Title", true, List.of("Section Front Page Heading", P1, P2)));

        assertThat(clean.title()).isEqualTo("Markup Title");
        assertThat(clean.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void text_that_opens_with_prose_keeps_a_later_subheading_out_of_the_title() {
        String subheading = "Reaction From the Neighbours";

        CleanedText clean = clean(textPage(P1, P2, subheading, P3, P4));

        assertThat(clean.title()).isNull();
        assertThat(clean.paragraphs()).contains(P1, P2, P3, P4);
    }

    @Test
    void page_without_any_prose_has_no_paragraphs() {
        CleanedText clean = clean(textPage("Home", "World News", "Become a member"));

        assertThat(clean.paragraphs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Velmora and Ostrand agreed on Tuesday to resume border talks after a pause of two years.",
            "Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their disputed border after a pau",
            "Velmora Agrees To Resume Border Talks With Ostrand",
            "DOVREN: Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their border.",
            "Border talks resume"})
    void an_item_of_one_sentence_or_one_headline_is_an_article(String item) {
        assertThat(clean(textPage(item)).paragraphs()).containsExactly(item);
    }

    @Test
    void a_text_in_one_block_ending_in_a_wire_credit_is_kept_whole_and_dated_by_its_dateline() {
        String block = "Wednesday 21 August 2013 Border talks resume in Dovren. " + String.join(" ", P1, P2, P3) + "-AGENCY";

        CleanedText clean = clean(textPage(block));

        assertThat(clean.paragraphs()).containsExactly(block);
        assertThat(clean.dateline()).hasToString("2013-08-21");
    }

    @Test
    void a_headline_line_over_one_block_ending_in_page_furniture_is_title_and_body() {
        String block = "12 February 2015 " + String.join(" ", P1, P2, P3, P4) + " Read Also";

        CleanedText clean = clean(textPage(HEADLINE, block));

        assertThat(clean.title()).isEqualTo(HEADLINE);
        assertThat(clean.paragraphs()).containsExactly(block);
        assertThat(clean.dateline()).hasToString("2015-02-12");
    }

    @Test
    void a_caption_and_its_credit_inside_one_block_go_to_the_captions() {
        String caption = "Delegates walk to the council hall in Dovren on Monday. VALLEYPIX/Jane Doe";

        CleanedText clean = clean(textPage(String.join(" ", P1, P2, caption, P3, P4) + " -AGENCY"));

        assertThat(clean.paragraphs()).containsExactly(String.join(" ", P1, P2, P3, P4) + " -AGENCY");
        assertThat(clean.captions()).containsExactly(caption);
    }

    static Stream<List<String>> clutterOnly() {
        return Stream.of(
                List.of("Home", "World News", "Sport Business Culture"),
                List.of("Share this article", "Print Tweet Views 458", "Read more"),
                List.of("By Jane Doe", "Updated 3 May 2016 10:14 BST"),
                List.of("Support us", "Become a member", "Subscribe to our newsletter"),
                List.of("Subscribe to our newsletter"),
                List.of("Wednesday 21 August 2013"),
                List.of("Share this article"));
    }

    @ParameterizedTest
    @MethodSource("clutterOnly")
    void a_page_of_nothing_but_menus_share_bars_bylines_stamps_and_appeals_has_no_article(List<String> blocks) {
        assertThat(clean(doc("page.txt", null, null, false, blocks)).paragraphs()).isEmpty();
    }

    @Test
    void a_time_stamp_between_headline_and_lede_is_left_out_and_dates_the_article() {
        CleanedText clean = clean(textPage(HEADLINE, "Updated 3 May 2016 10:14 BST", P1, P2, P3));

        assertThat(clean.title()).isEqualTo(HEADLINE);
        assertThat(clean.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(clean.dateline()).hasToString("2016-05-03");
    }

    @Test
    void a_date_in_a_news_sentence_stays_in_the_body_and_dates_nothing() {
        String dated = "The envoys first met on 21 August 2013 in the lakeside town of Dovren.";

        CleanedText clean = clean(textPage(HEADLINE, dated, P2, P3));

        assertThat(clean.paragraphs()).containsExactly(dated, P2, P3);
        assertThat(clean.dateline()).isNull();
    }

    private static RawDocument dated(PartialDate published, DateOrigin from) {
        List<String> blocks = List.of(HEADLINE, "Updated 3 May 2016 10:14 BST", P1, P2);
        return new RawDocument(new ArticleMetadata("a.txt", null, null, null, published, null, from), blocks, List.of(),
                false, String.join("\n\n", blocks));
    }

    @Test
    void a_date_from_the_text_fills_in_only_where_nothing_else_gives_one_and_says_so() {
        ArticleMetadata meta = cleaner.article(dated(null, DateOrigin.NONE), new RepeatedBlocks()).orElseThrow().metadata();

        assertThat(meta.published()).hasToString("2016-05-03");
        assertThat(meta.publishedFrom()).isEqualTo(DateOrigin.TEXT);
    }

    @ParameterizedTest
    @EnumSource(value = DateOrigin.class, names = {"MANIFEST", "METADATA"})
    void the_manifest_and_the_inputs_own_metadata_win_over_the_text(DateOrigin from) {
        PartialDate given = PartialDate.parse("2016-05-01").orElseThrow();

        ArticleMetadata meta = cleaner.article(dated(given, from), new RepeatedBlocks()).orElseThrow().metadata();

        assertThat(meta.published()).isEqualTo(given);
        assertThat(meta.publishedFrom()).isEqualTo(from);
    }

    @Test
    void an_article_without_a_date_anywhere_has_none() {
        ArticleMetadata meta = cleaner.article(textPage(HEADLINE, P1, P2), new RepeatedBlocks()).orElseThrow().metadata();

        assertThat(meta.published()).isNull();
        assertThat(meta.publishedFrom()).isEqualTo(DateOrigin.NONE);
    }

    @Test
    void footer_shared_by_two_articles_of_one_publisher_is_removed_from_both() {
        String footer = "The Valley Courier is an independent newsroom reporting on the river states since 2004.";
        String q1 = "The council will meet again in March to review progress on the border commission.";
        String q2 = "Ostrand's parliament must still approve the agenda before the first round can start.";
        String r1 = "Trade ministers from five river states met in Kessa on Friday to discuss grain tariffs.";
        String r2 = "The talks ended without a deal, but the ministers agreed to meet again within a month.";
        String r3 = "Kessa had proposed cutting tariffs by half for two years in exchange for transit rights.";

        List<CleanedText> cleaned = cleanCorpus(
                doc("a.txt", "Valley Courier", null, false, List.of(HEADLINE, P1, q1, q2, footer)),
                doc("b.txt", "Valley Courier", null, false, List.of("Grain Talks End Without a Deal", r1, r2, r3, footer)));

        assertThat(cleaned.get(0).paragraphs()).containsExactly(P1, q1, q2);
        assertThat(cleaned.get(1).paragraphs()).containsExactly(r1, r2, r3);
    }

    private static final String LATE = "A spokesman for Ostrand later said the date of the first round was still being discussed.";

    @Test
    void paragraphs_shared_by_two_copies_of_one_story_are_not_counted_as_repetition() {
        List<CleanedText> cleaned = cleanCorpus(
                doc("a.txt", "Valley Courier", null, false, List.of(HEADLINE, P1, P2, P3, P4)),
                doc("b.txt", "Valley Courier", null, false, List.of(HEADLINE, P1, P2, P3, LATE)));

        assertThat(cleaned.get(0).paragraphs()).containsExactly(P1, P2, P3, P4);
        assertThat(cleaned.get(1).paragraphs()).containsExactly(P1, P2, P3, LATE);
    }

    @Test
    void with_an_unknown_publisher_one_other_document_sharing_a_block_is_not_enough() {
        String footer = "This report was prepared by the regional news pool for its member papers in the valley.";
        String[][] stories = {
                {"Trade ministers from five river states met in Kessa on Friday to discuss grain tariffs.",
                        "The talks ended without a deal, but the ministers agreed to meet again within a month."},
                {"A delegation from Ostrand arrived in Velmora on Sunday for the first visit in a decade.",
                        "The visit was arranged quietly by mediators from the regional council over the winter."},
                {"The regional council elected a new chair on Thursday after a long and bitter contest.",
                        "The new chair promised to restart the stalled talks on the shared river within weeks."}};
        RawDocument a = doc("a.txt", null, null, false, List.of(stories[0][0], stories[0][1], footer));
        RawDocument b = doc("b.txt", null, null, false, List.of(stories[1][0], stories[1][1], footer));
        RawDocument c = doc("c.txt", null, null, false, List.of(stories[2][0], stories[2][1], footer));

        assertThat(cleanCorpus(a, b)).allSatisfy(clean -> assertThat(clean.paragraphs()).contains(footer));
        assertThat(cleanCorpus(a, b, c)).allSatisfy(clean -> assertThat(clean.paragraphs()).doesNotContain(footer).hasSize(2));
    }

    @Test
    void publisher_key_falls_back_to_the_host_without_www_and_then_to_unknown() {
        assertThat(BoilerplateCleaner.publisherKey(new ArticleMetadata("a.txt", null, null, "Valley Courier", null,
                "https://other.example/x"))).isEqualTo("valley courier");
        assertThat(BoilerplateCleaner.publisherKey(new ArticleMetadata("a.txt", null, null, null, null,
                "https://www.Courier.example/2011/05/talks"))).isEqualTo("courier.example");
        assertThat(BoilerplateCleaner.publisherKey(new ArticleMetadata("a.txt", null, null, null, null,
                "not a url at all"))).isEqualTo(RepeatedBlocks.UNKNOWN_PUBLISHER);
        assertThat(BoilerplateCleaner.publisherKey(new ArticleMetadata("a.txt", null, null, null, null, null)))
                .isEqualTo(RepeatedBlocks.UNKNOWN_PUBLISHER);
    }
}
