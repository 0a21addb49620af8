package org.standpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.standpoint.cli.CliRun;
import org.standpoint.serve.WebServer;
import org.standpoint.store.Database;

/**
 * An article's address is a link only when it is a web address: one given as {@code javascript:} in the input is
 * not stored, and one planted in the database behind Standpoint's back is still not rendered as a link.
 */
class HostileUrlBrowserIT {
    @TempDir
    Path dir;

    @Test
    void a_script_address_from_the_input_or_planted_in_the_database_is_never_a_link() throws IOException, SQLException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"url\": \"javascript:alert(document.domain)//\", \"title\": \"Envoys Meet\", \"text\":"
                        + " \"Envoys from Norway and Sweden met in Oslo on Tuesday to discuss the fishing treaty.\"}",
                "{\"url\": \"https://example.org/talks\", \"title\": \"Talks Resume\", \"text\":"
                        + " \"Talks between Norway and Sweden resumed in Stockholm on Wednesday, officials said.\"}") + "\n");
        String db = dir.resolve("urls.db").toString();
        assertThat(CliRun.of("analyze", feed.toString(), "--db", db).exitCode()).isZero();
        List<String> ids;
        try (Database d = Database.open(db)) {
            ids = new org.standpoint.store.ArticleStore(d, "").articles().stream()
                    .sorted(java.util.Comparator.comparing(a -> a.metadata().title())).map(a -> a.id()).toList();
            assertThat(new org.standpoint.store.ArticleStore(d, "").articles())
                    .extracting(a -> a.metadata().url()).containsExactlyInAnyOrder(null, "https://example.org/talks");
            try (PreparedStatement ps = d.connection().prepareStatement("UPDATE article SET url = ? WHERE url IS NULL")) {
                ps.setString(1, "javascript:alert(document.domain)//");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        try (Database d = Database.open(db); WebServer server = WebServer.start(d, "127.0.0.1", 0, "test");
             Browser browser = Browser.open()) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            browser.show(base + "#/article/" + ids.get(0), "articles");
            assertThat(browser.driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
            assertThat(browser.driver.findElements(By.linkText("source"))).isEmpty();
            browser.show(base + "#/article/" + ids.get(1), "articles");
            assertThat(browser.driver.findElement(By.linkText("source")).getAttribute("href"))
                    .isEqualTo("https://example.org/talks");
        }
    }
}
