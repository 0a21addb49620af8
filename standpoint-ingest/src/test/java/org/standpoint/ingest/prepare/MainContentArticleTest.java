package org.standpoint.ingest.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.clean.RepeatedBlocks;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;

class MainContentArticleTest {
    private static final String LEDE = "Velmora and Ostrand agreed on Tuesday to reopen talks on their shared border.";
    private static final String ABOUT = "The Valley Courier is an independent daily serving the river towns since 1901.";

    private static RawDocument page(String file, String... blocks) {
        return new RawDocument(new ArticleMetadata(file, null, "Talks reopen", "Valley Courier", null, null),
                List.of(blocks), List.of("The envoys at the border post."), true, file + String.join("\n", blocks), true);
    }

    private static Article prepared(RawDocument doc, RawDocument... others) {
        List<RawDocument> batch = new ArrayList<>(List.of(doc));
        batch.addAll(List.of(others));
        RepeatedBlocks corpus = BatchPreparation.corpus(batch.stream().map(DocStats::of).toList(), PriorRuns.NONE)
                .blocks();
        return BatchPreparation.clean(doc, corpus).article();
    }

    @Test
    void short_lines_and_separators_inside_the_main_content_are_kept_where_the_page_put_them() {
        RawDocument doc = page("a.html", LEDE, "WHAT COMES NEXT?", "___", "Fishing rights", "Tariffs", "Border posts");

        assertThat(prepared(doc).body())
                .isEqualTo(String.join("\n\n", LEDE, "WHAT COMES NEXT?", "___", "Fishing rights", "Tariffs", "Border posts"));
        assertThat(prepared(doc).captions()).containsExactly("The envoys at the border post.");
    }

    @Test
    void a_block_the_publisher_prints_on_other_pages_is_trimmed_from_the_end_of_the_body() {
        String second = "Envoys will meet next month in the old customs house on the river.";
        RawDocument doc = page("a.html", LEDE, second, ABOUT);
        RawDocument other = page("b.html", "Kessa suspended grain exports to Ostrand on Saturday.",
                "The dispute over the new dam on the upper Seren river has lasted for weeks.", ABOUT);

        assertThat(prepared(doc, other).body()).isEqualTo(LEDE + "\n\n" + second);
    }

    @Test
    void a_body_whose_every_block_recurs_is_kept_whole() {
        RawDocument doc = page("a.html", LEDE, ABOUT);
        RawDocument other = page("b.html", LEDE, ABOUT, "Kessa suspended grain exports to Ostrand on Saturday.");

        assertThat(prepared(doc, other).body()).isEqualTo(LEDE + "\n\n" + ABOUT);
    }
}
