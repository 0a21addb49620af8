package org.standpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standpoint.cli.SeedDatabase;
import org.standpoint.serve.WebServer;
import org.standpoint.store.Database;
import org.standpoint.testkit.PythonCsv;

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
        WebElement timeline = one("section.timeline[data-policy='leader_exit'][data-holder='RUS']");
        List<String> opposeDates = timeline.findElements(By.cssSelector("tr.step[data-polarity='oppose']")).stream()
                .map(r -> r.getAttribute("data-date")).toList();
        assertThat(opposeDates).anyMatch(d -> d.startsWith("2011")).anyMatch(d -> d.startsWith("2012"));
        Object points = script("return Chart.getChart(arguments[0]).data.datasets[0].data.length;",
                timeline.findElement(By.tagName("canvas")));
        assertThat(((Number) points).intValue()).isEqualTo(opposeDates.size()
                + timeline.findElements(By.cssSelector("tr.step:not([data-polarity='oppose'])")).size());
        assertThat(one("table.events-done").getText()).contains("RUS");
        assertThat(all("ul.quotes li")).isNotEmpty();
    }

    @Test
    void stance_matrix_colours_russia_against_and_france_for_and_shows_evidence_on_click() {
        browser.show(base + "#/matrix?date=2012-12-31", "matrix");
        WebElement russia = one("td.cell[data-actor='RUS'][data-policy='leader_exit']");
        assertThat(russia.getAttribute("data-polarity")).isEqualTo("oppose");
        assertThat(one("td.cell[data-actor='FRA'][data-policy='un_condemnation']").getAttribute("data-polarity"))
                .isEqualTo("support");
        russia.click();
        assertThat(one("#cell-evidence").getText()).contains("leader's exit").contains("oppose").contains("“");
        assertThat(one("table.matrix thead").getText()).contains("leader's exit").doesNotContain("_");
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
    void figures_page_sets_the_un_toll_beside_the_syrian_governments_one_chart_per_kind() {
        browser.show(base + "#/figures", "figures");
        browser.screenshot("figures");
        String rows = one("table.figures").getText();
        assertThat(rows).contains("3,500").contains("1,100").contains("up to 22");
        assertThat(all("section.figure-chart")).extracting(e -> e.getAttribute("data-what")).contains("killed", "observers")
                .doesNotHaveDuplicates();
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) script("return Object.values(Chart.instances).map(c => [...new Set("
                + "c.data.datasets.flatMap(d => d.data.map(p => p.fig.what)))].join(' '));");
        assertThat(kinds).as("one kind of figure per chart").allMatch(k -> !k.contains(" "));
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) script("return Chart.getChart(document.querySelector("
                + "\"section.figure-chart[data-what='killed'] canvas\")).data.datasets.map(d => d.label);");
        // One line per claimant code: Syria's government and Syria's opposition are not one line called "Syria".
        assertThat(lines).contains("United Nations (IGOUNO)", "Syrian government (SYRGOV)", "Syrian opposition (SYROPP)")
                .doesNotHaveDuplicates();
    }

    @Test
    void an_upper_bound_is_drawn_as_one_a_triangle_pointing_down() {
        browser.show(base + "#/figures?what=killed", "figures");
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) script("const c = Object.values(Chart.instances)[0]; return c.data.datasets"
                + ".flatMap(d => d.data.map((p, i) => p.fig.bound + ' ' + p.fig.count + ' ' + d.pointStyle[i] + ' ' + d.rotation[i]));");
        assertThat(marks).contains("up_to 22 triangle 180", "exact 1100 circle 0", "more_than 3500 triangle 0");
    }

    @Test
    void council_board_projects_a_russian_veto_of_the_october_2011_draft() {
        browser.show(base + "#/council?policy=un_condemnation&target=SYR&date=2011-10-04", "council");
        browser.screenshot("council-board");
        assertThat(all("div.member")).hasSize(15);
        assertThat(one("div.member[data-iso='RUS']").getAttribute("data-vote")).isEqualTo("no");
        assertThat(one("#outcome-back").getText()).contains("vetoed by RUS");
        assertThat(one("#must-change").getText()).contains("RUS");
        assertThat(one("main").getText()).contains("9 of 15 affirmative votes needed");
        // The draft voted on the day of the projection is the one projected, not an earlier draft.
        assertThat(one("table.drafts").getText()).doesNotContain("S/2011/612");
    }

    @Test
    void the_council_boards_earlier_drafts_are_those_voted_before_the_projected_vote() {
        browser.show(base + "#/council?policy=un_condemnation&target=SYR&date=2012-07-19", "council");
        List<WebElement> drafts = all("table.drafts tr.draft");
        assertThat(drafts).isNotEmpty().allMatch(r -> r.getAttribute("data-date").compareTo("2012-07-19") < 0);
        assertThat(drafts).anyMatch(r -> r.getText().contains("S/2011/612"));
    }

    @Test
    void article_view_marks_the_claimed_toll_and_quotes_in_the_text() {
        browser.show(base + "#/figures?what=killed", "figures");
        WebElement un = all("table.figures tr.figure").stream().filter(r -> r.getText().contains("3,500")).findFirst().orElseThrow();
        assertThat(un.getText()).contains("more than 3,500");
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
    void an_event_the_text_does_not_date_shows_its_articles_publication_date_marked_as_such() {
        browser.show(base + "#/events?limit=200", "events");
        List<WebElement> published = all("table.event-list tbody td.date-publication");
        // On the seeds most undated events are dated by their article; stated dates carry no mark.
        assertThat(published).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).matches("\\d{4}(-\\d{2}){0,2} \\(published\\)"));
        assertThat(all("table.event-list tbody tr")).anySatisfy(tr ->
                assertThat(tr.findElement(By.tagName("td")).getText()).matches("\\d{4}(-\\d{2}){0,2}"));
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"#/articles?q=veto, articles, standpoint-articles.csv, table.article-list tbody tr",
            "#/actors?q=syria, actors, standpoint-actors.csv, main table tbody tr",
            "#/events?source=RUS&cameo=1, events, standpoint-events.csv, table.event-list tbody tr",
            "#/figures?what=killed, figures, standpoint-figures.csv, table.figures tr.figure"})
    void a_list_pages_download_button_saves_every_row_the_page_shows_as_csv(String page, String name, String file,
                                                                             String rows) {
        browser.show(base + page, name);
        List<LinkedHashMap<String, String>> saved = PythonCsv.records(browser.download(one("a.download"), file));
        assertThat(saved).isNotEmpty().hasSize(all(rows).size());
    }

    @Test
    void the_events_download_holds_the_filtered_events_with_their_evidence() {
        browser.show(base + "#/events?source=RUS&cameo=1", "events");
        List<LinkedHashMap<String, String>> saved = PythonCsv.records(
                browser.download(one("a.download[data-list='events']"), "standpoint-events.csv"));
        assertThat(saved).allMatch(r -> r.get("event.source").startsWith("RUS") && r.get("event.cameo").startsWith("1"));
        assertThat(saved).extracting(r -> r.get("event.evidence")).containsExactlyElementsOf(
                all("table.event-list tbody tr").stream().map(r -> r.findElements(By.tagName("td")).get(5).getText()).toList());
    }

    @Test
    void the_matrix_and_the_council_board_download_only_what_came_before_their_date() {
        browser.show(base + "#/matrix?date=2011-12-31", "matrix");
        assertThat(PythonCsv.records(browser.download(one("a.download"), "standpoint-stances.csv"))).isNotEmpty()
                .allMatch(r -> r.get("stance.date").compareTo("2011-12-31") <= 0);
        browser.show(base + "#/council?policy=un_condemnation&target=SYR&date=2012-07-19", "council");
        assertThat(PythonCsv.records(browser.download(one("a.download"), "standpoint-council-drafts.csv"))).isNotEmpty()
                .allMatch(r -> r.get("draft.date").compareTo("2012-07-19") < 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"#/actor/RUS, actors", "#/actor/SYR, actors", "#/figures, figures"})
    void every_point_of_every_chart_lands_on_its_own_month_of_a_time_axis(String page, String name) {
        browser.show(base + page, name);
        @SuppressWarnings("unchecked")
        List<List<Object>> points = (List<List<Object>>) script("const out = [];"
                + "for (const c of Object.values(Chart.instances)) { const x = c.scales.x;"
                + "  c.data.datasets.forEach((d, i) => c.getDatasetMeta(i).data.forEach((p, j) => out.push([x.type,"
                + "    d.data[j].date, new Date(x.getValueForPixel(p.x) + 3600e3).toISOString().substring(0, 10)]))); }"
                + "return out;");
        assertThat(points).hasSizeGreaterThan(3);
        for (List<Object> p : points) {
            String date = (String) p.get(1);
            assertThat(p.get(0)).isEqualTo("time");
            // The pixel of a point dated 2011-11 reads back as November 2011, of one dated 2011-11-16 as that day.
            assertThat((String) p.get(2)).as(date).startsWith(date.length() == 7 ? date + "-01" : date);
        }
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) script("return Object.values(Chart.instances).flatMap(c => c.scales.x.ticks)"
                + ".map(t => new Date(t.value).toISOString());");
        assertThat(ticks).isNotEmpty().allMatch(t -> t.matches("\\d{4}-\\d{2}-01T00:00:00.000Z"));
    }

    @Test
    void an_actors_policy_charts_share_one_date_range() {
        browser.show(base + "#/actor/RUS", "actors");
        @SuppressWarnings("unchecked")
        List<String> ranges = (List<String>) script("return Object.values(Chart.instances).map(c => c.scales.x.min + '-' + c.scales.x.max);");
        assertThat(ranges).hasSizeGreaterThan(1).containsOnly(ranges.get(0));
    }

    @Test
    void the_matrix_date_slider_moves_the_matrix_back_in_time() {
        browser.show(base + "#/matrix?date=2012-12-31", "matrix");
        int before = all("td.cell:not(.muted)").size();
        slideTo("#matrix-date", 0);
        awaitPage("matrix", "date=2011-07-01");
        assertThat(one("input[name='date']").getAttribute("value")).isEqualTo("2011-07-01");
        assertThat(one("#matrix-date").getAttribute("value")).isEqualTo("0");
        assertThat(all("td.cell:not(.muted)").size()).isPositive().isLessThan(before);
        browser.screenshot("stance-matrix-2011-07");
    }

    @Test
    void the_network_date_sliders_narrow_the_network_to_a_range() {
        browser.show(base + "#/network", "network");
        int before = all("table.edges tr.edge").size();
        slideTo("#network-to", 200);
        awaitPage("network", "to=");
        String to = one("input[name='to']").getAttribute("value");
        assertThat(to).isNotEmpty();
        assertThat(all("table.edges tr.edge").size()).isPositive().isLessThan(before);
        assertThat(((Number) script("return graph.edges().length;")).intValue()).isEqualTo(all("table.edges tr.edge").size());
    }

    @Test
    void the_network_keeps_to_one_actor_and_one_kind_of_act_when_asked() {
        browser.show(base + "#/network", "network");
        int all = all("table.edges tr.edge").size();
        one("input[name='actor']").sendKeys("SYR");
        one("input[name='cameo']").sendKeys("1");
        one("form.filters button[type='submit']").click();
        awaitPage("network", "actor=SYR");
        List<WebElement> edges = all("table.edges tr.edge");
        assertThat(edges).isNotEmpty().hasSizeLessThan(all).allSatisfy(e -> assertThat(
                e.getAttribute("data-source").startsWith("SYR") || e.getAttribute("data-target").startsWith("SYR")).isTrue());
        assertThat(((Number) script("return graph.edges().length;")).intValue()).isEqualTo(edges.size());
        assertThat(one("input[name='cameo']").getAttribute("value")).isEqualTo("1");
    }

    @Test
    void syrias_government_and_opposition_are_rows_and_nodes_of_their_own() {
        browser.show(base + "#/matrix?date=2012-12-31", "matrix");
        assertThat(one("tr[data-actor='SYROPP'] th").getText()).contains("(SYROPP)");
        assertThat(all("tr[data-actor='SYR']")).hasSize(1);
        assertThat(one("td.cell[data-actor='SYROPP'][data-policy='leader_exit']").getAttribute("data-polarity"))
                .isEqualTo("support");
        browser.show(base + "#/network", "network");
        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) script("return graph.nodes().map(n => n.id());");
        assertThat(nodes).contains("SYR", "SYROPP", "SYRMIL", "RUS").doesNotContain("SYRGOV", "RUSGOV");
        browser.show(base + "#/actor/SYR", "actors");
        browser.screenshot("actor-SYR");
        assertThat(all("section.timeline")).extracting(e -> e.getAttribute("data-holder")).contains("SYR", "SYROPP");
    }

    @Test
    void an_event_followed_from_a_list_is_marked_in_its_article() {
        browser.show(base + "#/events?source=RUS&cameo=1", "events");
        WebElement first = one("table.event-list tbody tr td:nth-child(6) a");
        String evidence = first.getText();
        browser.show(first.getAttribute("href"), "articles");
        browser.screenshot("article-event");
        List<WebElement> marked = all("#article-body .hl.chosen");
        assertThat(marked).isNotEmpty();
        assertThat(String.join("", marked.stream().map(WebElement::getText).toList())).isEqualTo(evidence);
        assertThat(marked.get(0).getCssValue("background-color")).isEqualTo("rgba(255, 235, 59, 1)");
        assertThat(all("ul.side-list.ev li.chosen")).hasSize(1);
    }

    /** Moves a range input to {@code value} as a user letting go of it would. */
    private void slideTo(String css, int value) {
        script("const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event('input'));"
                + " s.dispatchEvent(new Event('change'));", one(css), value);
    }

    /** Waits until the app has drawn {@code page} for an address holding {@code inHash}. */
    private void awaitPage(String page, String inHash) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script(
                "return location.hash.includes(arguments[1]) && document.body.dataset.ready === 'true'"
                        + " && document.body.dataset.page === arguments[0];", page, inHash)));
    }
}
