package org.standpoint.serve.stances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.serve.Api;
import org.standpoint.serve.WebServer;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;

/** One policy towards two countries is two columns of the matrix, each cell holding its own stances only. */
class MatrixTargetsIT {
    @TempDir
    Path dir;

    private static Stance stance(String target, Polarity polarity, String date) {
        return new Stance("RUSGOV", "Russia", "leader_exit", target, polarity, PartialDate.parse(date).orElseThrow(), 0,
                null, "Russia on the leader of " + target, "test");
    }

    @Test
    void a_leaders_exit_in_two_countries_makes_two_columns() {
        String location = dir.resolve("m.db").toString();
        try (Database db = Database.open(location)) {
            ArticleMetadata meta = new ArticleMetadata("a.txt", null, "T", null, PartialDate.parse("2011-09-01").orElseThrow(), null);
            new ArticleStore(db, "test").save(new StoredArticle(new Article("a1", meta, "Body.", List.of(), "a".repeat(64), null),
                    Annotation.empty(), "test", null, null));
            new ExtractionStore(db).replace("a1", Extraction.empty().withStances(List.of(
                    stance("LBY", Polarity.SUPPORT, "2011-08"), stance("SYR", Polarity.OPPOSE, "2011-08"),
                    stance("SYR", Polarity.OPPOSE, "2011-09"))));
        }
        try (Database db = Database.open(location); WebServer server = WebServer.start(db, "127.0.0.1", 0, "test")) {
            JsonNode matrix = new Api(server.port()).ok("/api/stances/matrix", "date", "2011-12");

            List<String> columns = new ArrayList<>();
            matrix.get("columns").forEach(c -> columns.add(c.get("policy").asText() + "/" + c.get("target").asText()));
            assertThat(columns).containsExactly("leader_exit/SYR", "leader_exit/LBY");
            List<String> cells = new ArrayList<>();
            matrix.get("cells").forEach(c -> cells.add(c.get("target").asText() + " " + c.get("polarity").asText() + " "
                    + c.get("stances").asInt()));
            assertThat(cells).containsExactlyInAnyOrder("LBY support 1", "SYR oppose 2");
        }
    }
}
