package org.standpoint.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.cli.CliRun;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Event;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;
import org.standpoint.testkit.SharedData;

/**
 * Runs the shared scorers ({@code python3 eval/score.py --verbose} on the seeds' gold, {@code eval/score_roots.py
 * --verbose} on the gold of roots and counts of {@code dev/cameo-sentences} and {@code dev/syria-articles}) and
 * {@code standpoint eval} on the same predictions, made from the gold answers by seeded random alteration, and
 * requires every figure and every missed item to be printed the same.
 */
class ScorerParityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIGURE = Pattern.compile("^([a-z0-9_]+): (.*)$", Pattern.MULTILINE);
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void a_stored_extraction_scores_as_the_shared_scorer_scores_its_export(long seed) throws Exception {
        Path shared = SharedData.require();
        List<GoldFile> golds = GoldFile.load(shared.resolve("gold"));
        String db = store(golds, shared.resolve("seeds"), new Perturbation(seed));
        Path export = dir.resolve("export.jsonl");
        CliRun exported = CliRun.of("export", "--db", db, "--format", "jsonl", "--out", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        CliRun java = CliRun.of("eval", "--gold", shared.resolve("gold").toString(), "--db", db);
        String python = python(shared, export);
        assertSameAs(python, java);
        assertThat(section(python, "missed_events")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void every_kind_of_record_in_a_file_scores_as_the_shared_scorer_scores_it(long seed) throws Exception {
        Path shared = SharedData.require();
        List<GoldFile> golds = GoldFile.load(shared.resolve("gold"));
        Path export = dir.resolve("export.jsonl");
        Files.write(export, records(golds, shared.resolve("seeds"), new Perturbation(seed)));
        CliRun java = CliRun.of("eval", "--gold", shared.resolve("gold").toString(), "--export", export.toString());
        String python = python(shared, export);
        assertSameAs(python, java);
        assertThat(figures(python)).as("every area is exercised")
                .doesNotContainEntry("stances_key_f1", "0.000").doesNotContainEntry("quotes_attributed_f1", "0.000")
                .doesNotContainEntry("figures_claimant_f1", "0.000").doesNotContainEntry("events_strict_f1", "0.000");
        assertThat(section(python, "missed_stances")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"cameo-sentences, 1", "cameo-sentences, 2", "cameo-sentences, 3", "syria-articles, 1", "syria-articles, 2",
        "syria-articles, 3"})
    void gold_of_roots_or_counts_scores_as_score_roots_scores_it(String set, long seed) throws Exception {
        Path shared = SharedData.require();
        Path gold = shared.resolve("dev").resolve(set).resolve("gold");
        assumeTrue(Files.isDirectory(gold), "skipped: " + gold + " (the dev set's gold answers) not found");
        Path export = dir.resolve("export.jsonl");
        Files.write(export, rootRecords(GoldFile.load(gold), new Perturbation(seed)));
        CliRun java = CliRun.of("eval", "--gold", gold.toString(), "--export", export.toString());
        String python = python(shared, "score_roots.py", gold, export);
        assertThat(java.exitCode()).as(java.err()).isZero();
        assertThat(java.out()).isEqualTo(python);
        assertThat(figures(python)).as("what the set annotates is exercised").doesNotContainEntry(
                set.startsWith("cameo") ? "events_root_recall" : "figures_count_recall", "0.000");
        assertThat(python).contains("\nmissed ");
    }

    private static void assertSameAs(String python, CliRun java) {
        assertThat(java.exitCode()).as(java.err()).isZero();
        assertThat(figures(java.out())).isEqualTo(figures(python)).containsKeys("events_strict_f1", "score");
        for (String list : List.of("missed_events", "missed_stances")) {
            assertThat(section(java.out(), list)).as(list).isEqualTo(section(python, list));
        }
    }

    private static Map<String, String> figures(String output) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(output);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static List<String> section(String output, String name) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : output.split("\n")) {
            if (!line.startsWith("  ")) {
                in = line.equals(name + ":");
            } else if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String python(Path shared, Path export) throws IOException, InterruptedException {
        return python(shared, "score.py", shared.resolve("gold"), export);
    }

    private static String python(Path shared, String scorer, Path gold, Path export) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", shared.resolve("eval").resolve(scorer).toString(), "--gold", gold.toString(),
                    "--export", export.toString(), "--verbose")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 is needed to run the shared scorer");
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /** A database holding the seeds (some left out, some bodies cut) with altered gold events as extraction. */
    private String store(List<GoldFile> golds, Path seeds, Perturbation random) throws IOException {
        String location = dir.resolve("parity.db").toString();
        try (Database db = Database.open(location)) {
            for (GoldFile g : golds) {
                String doc = (String) g.json().get("doc");
                if (random.chance(0.15)) {
                    continue;
                }
                Article a = article(g, doc, body(g, Files.readString(seeds.resolve(doc)), random), random);
                new ArticleStore(db, "test").save(new StoredArticle(a, Annotation.empty(), "test", null, null));
                new ExtractionStore(db).replace(a.id(), extraction(g, random));
            }
        }
        return location;
    }

    private static String body(GoldFile g, String text, Perturbation random) {
        String gold = BodyScoring.goldBody(text, Doc.map(g.json().get("body"))).replace("\n", "\n\n");
        return random.pick(List.of(text, gold, gold, gold.substring(0, gold.length() / 2)));
    }

    private static Article article(GoldFile g, String doc, String body, Perturbation random) {
        String published = (String) Doc.map(g.json().get("metadata")).get("published");
        PartialDate date = PartialDate.parse(random.pick(List.of(published, published, "2011-01-02", published.substring(0, 7))))
                .orElseThrow();
        return new Article(sha256(doc).substring(0, 16), new ArticleMetadata(doc, null, "title", null, date, null), body,
                List.of(), sha256(doc), null);
    }

    private static Extraction extraction(GoldFile g, Perturbation random) {
        Doc doc = new Doc("", g.json(), t -> List.of());
        List<Mention> mentions = doc.goldList("actors").stream().map(a -> new Mention(0, 0, 0, 0, null,
                (String) a.get("code"), (String) a.get("name"), (String) a.get("role"), "gold")).toList();
        List<Map<String, Object>> gold = doc.goldList("events");
        List<Map<String, Object>> predicted = new ArrayList<>();
        gold.forEach(e -> predicted.addAll(random.event(e)));
        for (int i = 0; i < 3; i++) {
            predicted.add(random.junk(gold));
        }
        List<Event> events = predicted.stream().map(p -> new Event((String) p.get("source"), null,
                (String) p.get("target"), null, (String) p.get("cameo"), null, Modality.ASSERTED, 0, null,
                (String) p.get("evidence"), "test", List.of(), 1)).toList();
        return new Extraction(mentions, events);
    }

    /** Export records of every type written straight to a file, with the odd values a file may hold. */
    private static List<String> records(List<GoldFile> golds, Path seeds, Perturbation random) throws IOException {
        List<String> lines = new ArrayList<>();
        for (GoldFile g : golds) {
            String doc = (String) g.json().get("doc");
            if (random.chance(0.1)) {
                continue;
            }
            String id = sha256(doc).substring(0, 16);
            Map<String, Object> article = articleRecord(id, random.pick(List.of(doc, "in/" + doc, "./x/" + doc)));
            article.put("published", random.chance(0.8) ? Doc.map(g.json().get("metadata")).get("published") : null);
            article.put("body", body(g, Files.readString(seeds.resolve(doc)), random));
            lines.add(JSON.writeValueAsString(article));
            Doc d = new Doc(doc, g.json(), t -> List.of());
            for (Map<String, Object> e : d.goldList("events")) {
                for (Map<String, Object> p : random.event(e)) {
                    if (random.chance(0.1)) {
                        p.put("cameo", Integer.parseInt((String) p.get("cameo")));
                    }
                    lines.add(line("event", id, p));
                }
            }
            d.goldList("stances").forEach(s -> lines.add(line("stance", id, random.stance(s))));
            d.goldList("quotes").forEach(q -> lines.add(line("quote", id, random.quote(q))));
            d.goldList("figures").forEach(f -> lines.add(line("figure", id, random.figure(f))));
            if (random.chance(0.5)) {
                lines.add(line("quote", id, Map.of("speaker", "nobody")));
            }
        }
        lines.add("");
        lines.add("{\"type\": \"event\", \"article\": null, \"source\": null}");
        return lines;
    }

    /**
     * Export records for gold of roots or counts: some items left out, publication dates kept, altered or missing,
     * each gold event and count predicted as {@link Perturbation} alters it, and events of any root here and there.
     */
    private static List<String> rootRecords(List<GoldFile> golds, Perturbation random) throws IOException {
        List<String> lines = new ArrayList<>();
        for (GoldFile g : golds) {
            String doc = (String) g.json().get("doc");
            if (random.chance(0.1)) {
                continue;
            }
            String id = sha256(doc).substring(0, 16);
            Map<String, Object> article = articleRecord(id, random.pick(List.of(doc, "in/" + doc)));
            Object published = Doc.map(g.json().get("metadata")).get("published");
            if (random.chance(0.9)) {
                article.put("published", random.pick(java.util.Arrays.asList(published, published, published, null, "2011-01-02")));
            }
            lines.add(JSON.writeValueAsString(article));
            Doc d = new Doc(doc, g.json(), t -> List.of());
            d.goldList("events").forEach(e -> random.rootEvent(e).forEach(p -> lines.add(line("event", id, p))));
            if (random.chance(0.2)) {
                lines.add(line("event", id, random.anyRoot()));
            }
            for (String list : List.of("figures", "figures_optional", "figures_unverified")) {
                d.goldList(list).forEach(f -> lines.add(line("figure", id, random.rootFigure(f))));
            }
        }
        lines.add("{\"type\": \"event\", \"article\": null, \"cameo\": \"01\"}");
        return lines;
    }

    private static Map<String, Object> articleRecord(String id, String sourceFile) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("type", "article");
        article.put("id", id);
        article.put("source_file", sourceFile);
        return article;
    }

    private static String line(String type, String article, Map<String, Object> fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", type);
        r.put("article", article);
        r.putAll(fields);
        try {
            return JSON.writeValueAsString(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
