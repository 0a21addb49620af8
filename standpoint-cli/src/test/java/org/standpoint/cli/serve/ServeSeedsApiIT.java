package org.standpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.cli.CliRun;
import org.standpoint.cli.SeedDatabase;
import org.standpoint.serve.WebServer;
import org.standpoint.store.Database;

/** The API over the seeds' database answers what the brief asks of the seeds. */
class ServeSeedsApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database db;
    private static WebServer server;

    @BeforeAll
    static void serve() {
        db = Database.open(SeedDatabase.get());
        server = WebServer.start(db, "127.0.0.1", 0, "test");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            db.close();
        }
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void russia_opposes_assads_exit_in_2011_and_in_2012() throws Exception {
        JsonNode timelines = get("/api/stances/timelines?holder=RUS&policy=leader_exit&target=SYR").get("items");
        assertThat(timelines).hasSize(1);
        List<String> steps = new ArrayList<>();
        timelines.get(0).get("steps").forEach(s -> steps.add(s.get("date").asText().substring(0, 4) + " " + s.get("polarity").asText()));
        assertThat(steps).contains("2011 oppose", "2012 oppose").noneMatch(s -> s.endsWith("support"));
    }

    @Test
    void the_uns_toll_and_the_syrian_governments_come_from_one_article_with_their_claimants() throws Exception {
        List<String> claims = new ArrayList<>();
        get("/api/figures?what=killed&target=SYR&limit=100").get("items").forEach(f -> claims.add(
                f.get("figure").get("figure").get("claimant").asText() + " " + f.get("figure").get("figure").get("count").asLong()));
        assertThat(claims).contains("IGOUNO 3500", "SYRGOV 1100");
    }

    @Test
    void a_french_draft_on_4_october_2011_needs_nine_votes_and_meets_a_russian_veto() throws Exception {
        JsonNode board = get("/api/council/projection?policy=un_condemnation&target=SYR&date=2011-10-04");
        assertThat(board.get("needed").asInt()).isEqualTo(9);
        assertThat(board.get("members").asInt()).isEqualTo(15);
        assertThat(board.get("outcome_if_back").asText()).startsWith("vetoed by RUS");
        assertThat(board.get("threshold").isNull()).isTrue();
        JsonNode eleven = get("/api/council/projection?policy=un_condemnation&target=SYR&date=2011-10-04&threshold=11");
        // Fourteen votes would clear France's eleven, but a threshold met under a veto is not met.
        assertThat(eleven.get("if_uncommitted_back").get("yes").asInt()).isGreaterThanOrEqualTo(11);
        assertThat(eleven.get("threshold_reachable").asBoolean()).isFalse();
    }

    @Test
    void russias_events_include_its_veto_of_the_october_2011_draft() throws Exception {
        JsonNode vetoes = get("/api/events?source=RUS&cameo=1&limit=100");
        List<String> codes = new ArrayList<>();
        vetoes.get("items").forEach(e -> codes.add(e.get("event").get("cameo").asText()));
        assertThat(vetoes.get("total").asInt()).isEqualTo(codes.size());
        assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith("1"));
    }

    @Test
    void serve_refuses_a_database_that_does_not_exist() {
        CliRun run = CliRun.of("serve", "--db", "/nonexistent/standpoint.db", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no database at /nonexistent/standpoint.db");
    }
}
