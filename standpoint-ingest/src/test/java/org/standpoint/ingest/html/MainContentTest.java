package org.standpoint.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainContentTest {
    private static final List<String> STORY = List.of(
            "The foreign minister of Veloria arrived in Ostrand on Tuesday for talks on the river treaty, officials said.",
            "Officials from both governments said the meeting would focus on fishing rights, tariffs and border posts.",
            "A joint statement is expected after the second day of negotiations, according to diplomats in the capital.",
            "The last round of talks, held in the spring, ended without agreement after a dispute over the new dam.");

    private static List<String> blocks(String body) {
        return new HtmlContentExtractor().extract("<html><body>" + body + "</body></html>", "page.html", null, null)
                .blocks();
    }

    private static String paragraphs(List<String> texts) {
        return texts.stream().map(t -> "<p>" + t + "</p>").reduce("", String::concat);
    }

    @Test
    void an_article_split_by_an_advertisement_slot_is_taken_whole() {
        String html = "<div class=\"page\"><div class=\"story\">" + paragraphs(STORY.subList(0, 2)) + "</div>"
                + "<div class=\"slot\"></div>"
                + "<div class=\"story\">" + paragraphs(STORY.subList(2, 4)) + "</div></div>";

        assertThat(blocks(html)).containsExactlyElementsOf(STORY);
    }

    @Test
    void a_list_of_story_teasers_beside_the_article_does_not_pull_in_their_shared_wrapper() {
        StringBuilder teasers = new StringBuilder("<div class=\"more\"><h3>More stories</h3>");
        for (int i = 1; i <= 6; i++) {
            teasers.append("<div class=\"teaser\"><h4><a href=\"/s").append(i).append("\">Story number ").append(i)
                    .append("</a></h4><div>A short summary of another story from the region, number ").append(i)
                    .append(".</div></div>");
        }
        String html = "<div class=\"wrap\"><div class=\"inner\"><div class=\"article-text\">" + paragraphs(STORY)
                + "</div></div>" + teasers + "</div></div>";

        assertThat(blocks(html)).containsExactlyElementsOf(STORY);
    }

    @Test
    void wrappers_around_the_article_are_kept_whatever_their_names() {
        String html = "<div class=\"widget-wrap\"><div class=\"widget\"><div class=\"widget-container\">"
                + paragraphs(STORY) + "</div></div></div>";

        assertThat(blocks(html)).containsExactlyElementsOf(STORY);
    }
}
