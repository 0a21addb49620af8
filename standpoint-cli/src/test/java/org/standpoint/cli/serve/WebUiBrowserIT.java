package org.standpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standpoint.cli.SeedDatabase;
import org.standpoint.serve.WebServer;
import org.standpoint.store.Database;

/**
 * Every page of the web UI in a real browser, served on a free port over the seeds' database: each loads
 * without console errors, shows the data the seeds hold, and leaves a screenshot in target/screenshots/.
 */
class WebUiBrowserIT {
    private static Database db;
    private static WebServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void serveTheSeeds() throws IOException {
        db = Database.open(SeedDatabase.get());
        server = WebServer.start(db, "127.0.0.1", 0, "test");
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.open();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @AfterEach
    void the_page_logged_no_console_error() {
        if (browser != null) {
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private WebElement one(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private Object script(String js, Object... args) {
        return browser.driver.executeScript(js, args);
    }

    @Test
    void overview_counts_the_five_seed_articles_and_ranks_russia_among_the_most_active() {
        browser.show(base + "#/", "overview");
        browser.screenshot("overview");
        assertThat(one("[data-count='articles'] .n").getText()).isEqualTo("5");
        assertThat(Integer.parseInt(one("[data-count='events'] .n").getText())).isPositive();
        assertThat(all("table.latest-articles tbody tr")).hasSize(5);
        assertThat(one("table.active-actors").getText()).contains("RUS");
    }

    @Test
    void actor_page_charts_russian_opposition_to_assads_exit_in_2011_and_2012() {
        browser.show(base + "#/actor/RUS", "actors");
        browser.screenshot("actor-RUS");
        WebElement timeline = one("section.timeline[data-policy='leader_exit']");
        List<String> opposeDates = timeline.findElements(By.cssSelector("tr.step[data-polarity='OPPOSE']")).stream()
                .map(r -> r.getAttribute("data-date")).toList();
        assertThat(opposeDates).anyMatch(d -> d.startsWith("2011")).anyMatch(d -> d.startsWith("2012"));
        Object points = script("return Chart.getChart(arguments[0]).data.datasets[0].data.length;",
                timeline.findElement(By.tagName("canvas")));
        assertThat(((Number) points).intValue()).isEqualTo(opposeDates.size()
                + timeline.findElements(By.cssSelector("tr.step:not([data-polarity='OPPOSE'])")).size());
        assertThat(one("table.events-done").getText()).contains("RUS");
        assertThat(all("ul.quotes li")).isNotEmpty();
    }

    @Test
    void stance_matrix_colours_russia_against_and_france_for_and_shows_evidence_on_click() {
        browser.show(base + "#/matrix?date=2012-12-31", "matrix");
        WebElement russia = one("td.cell[data-actor='RUS'][data-policy='leader_exit']");
        assertThat(russia.getAttribute("data-polarity")).isEqualTo("OPPOSE");
        assertThat(one("td.cell[data-actor='FRA'][data-policy='un_condemnation']").getAttribute("data-polarity"))
                .isEqualTo("SUPPORT");
        russia.click();
        assertThat(one("#cell-evidence").getText()).contains("leader_exit").contains("oppose").contains("“");
        browser.screenshot("stance-matrix");
    }

    @Test
    void a_matrix_before_any_stance_was_stated_is_empty() {
        browser.show(base + "#/matrix?date=2010-01-01", "matrix");
        assertThat(all("td.cell")).isEmpty();
    }

    @Test
    void event_network_draws_actors_and_lists_the_events_of_a_tapped_edge() {
        browser.show(base + "#/network", "network");
        assertThat(((Number) script("return graph.nodes().length;")).intValue()).isGreaterThan(3);
        assertThat(((Number) script("return graph.edges().length;")).intValue()).isEqualTo(all("table.edges tbody tr.edge").size());
        assertThat(one("table.edges").getText()).contains("SYR");
        browser.screenshot("event-network");
        script("graph.edges()[0].emit('tap');");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !all("#edge-events table tbody tr").isEmpty());
        assertThat(one("#edge-events h2").getText()).matches(".+ → .+: [1-9]\\d* events");
    }

    @Test
    void figures_page_sets_the_un_toll_beside_the_syrian_governments() {
        browser.show(base + "#/figures?what=killed", "figures");
        browser.screenshot("figures");
        String rows = one("table.figures").getText();
        assertThat(rows).contains("3,500").contains("1,100");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) script(
                "return Chart.getChart(document.querySelector('canvas')).data.datasets.map(d => d.label);");
        // One line per claimant code: Syria's government and Syria's opposition are not one line called "Syria".
        assertThat(lines).anyMatch(l -> l.contains("(IGOUNO)")).anyMatch(l -> l.contains("(SYRGOV)"))
                .doesNotHaveDuplicates();
    }

    @Test
    void council_board_projects_a_russian_veto_of_the_october_2011_draft() {
        browser.show(base + "#/council?policy=un_condemnation&target=SYR&date=2011-10-04", "council");
        browser.screenshot("council-board");
        assertThat(all("div.member")).hasSize(15);
        assertThat(one("div.member[data-iso='RUS']").getAttribute("data-vote")).isEqualTo("NO");
        assertThat(one("#outcome-back").getText()).contains("vetoed by RUS");
        assertThat(one("#must-change").getText()).contains("RUS");
        assertThat(one("main").getText()).contains("9 of 15 affirmative votes needed").contains("S/2011/612");
    }

    @Test
    void article_view_marks_the_claimed_toll_and_quotes_in_the_text() {
        browser.show(base + "#/figures?what=killed", "figures");
        WebElement un = all("table.figures tr.figure").stream().filter(r -> r.getText().contains("3,500")).findFirst().orElseThrow();
        String href = un.findElements(By.tagName("a")).get(1).getAttribute("href");
        browser.show(href, "articles");
        browser.screenshot("article");
        assertThat(all("#article-body .hl.fg")).anyMatch(e -> e.getText().contains("3,500"));
        assertThat(all("#article-body .hl.qu")).isNotEmpty();
        assertThat(all("#article-body .hl.ev")).isNotEmpty();
        assertThat(all("ul.side-list.fg li")).anyMatch(e -> e.getText().contains("3,500"));
    }

    @Test
    void article_search_finds_articles_by_a_word_of_their_text() {
        browser.show(base + "#/articles?q=veto", "articles");
        browser.screenshot("articles");
        List<WebElement> rows = all("table.article-list tbody tr");
        assertThat(rows).isNotEmpty().allMatch(r -> r.getText().toLowerCase().contains("veto"));
    }

    @Test
    void events_page_filters_by_source_and_cameo_root_and_pages() {
        browser.show(base + "#/events?source=RUS&cameo=1", "events");
        browser.screenshot("events");
        List<WebElement> rows = all("table.event-list tbody tr");
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).findElement(By.tagName("a")).getAttribute("title")).startsWith("RUS");
            assertThat(cells.get(2).findElement(By.tagName("code")).getText()).startsWith("1");
        }
        assertThat(one("#event-total").getText()).isEqualTo(rows.size() + " events");
        assertThat(one("input[name='source']").getAttribute("value")).isEqualTo("RUS");
    }

    @Test
    void a_malformed_filter_shows_which_parameter_is_wrong() {
        browser.show(base + "#/events?cameo=abc", "error");
        assertThat(one("#error").getText()).contains("cameo must be a CAMEO code");
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("400"));
    }

    @Test
    void an_unknown_actor_shows_the_apis_message_instead_of_a_blank_page() {
        browser.show(base + "#/actor/ZZZ", "error");
        assertThat(one("#error").getText()).contains("no actor with code ZZZ");
        // The failed fetch is the one console error this page may log.
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("404"));
    }

    @Test
    void actor_list_finds_actors_by_part_of_their_name() throws IOException {
        browser.show(base + "#/actors?q=russia", "actors");
        assertThat(Files.size(browser.screenshot("actors"))).isGreaterThan(10_000);
        List<WebElement> rows = all("main table tbody tr");
        assertThat(rows).isNotEmpty().allMatch(r -> r.getText().toLowerCase().contains("russia") || r.getText().contains("RUS"));
    }
}
