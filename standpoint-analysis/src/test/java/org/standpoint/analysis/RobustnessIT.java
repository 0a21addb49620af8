package org.standpoint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.ingest.ArticleSources;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.ingest.prepare.BatchPreparation;
import org.standpoint.ingest.prepare.PreparedArticle;
import org.standpoint.ingest.prepare.PriorRuns;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.testkit.SharedData;

/**
 * Every stage, the real models included, over inputs that have broken pipelines before: every item of the dev
 * sets, a ten-thousand-word sentence without punctuation, and deeply nested coordination. Nothing may fail:
 * a stage that throws on an article is recorded on it, and this test requires that no such record is made.
 */
class RobustnessIT {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = AnalysisPipeline.full(AnalysisConfig.DEFAULT, CoreNlpModels.shared(AnalysisConfig.DEFAULT.corenlp()));
    }

    private static Article article(String name, String body) {
        String hash = String.format("%064x", new java.math.BigInteger(1, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).mod(java.math.BigInteger.TWO.pow(255)));
        return new Article(hash.substring(0, 16), new ArticleMetadata(name, null, null, null, null, null), body, List.of(),
                hash, null);
    }

    @Test
    void a_sentence_of_ten_thousand_words_without_punctuation_goes_through_every_stage() {
        Random random = new Random(7);
        String[] words = ("the envoy council minister talks border treaty government army rebels river said would agree"
                + " meeting delegation capital people officials Norway Sweden Oslo Stockholm").split(" ");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        Document out = pipeline.run(Document.of(article("long.txt", body.toString())));
        assertThat(out.failures()).isEmpty();
        assertThat(out.annotation().tokenCount()).isEqualTo(10_000);
    }

    @Test
    void deeply_nested_coordination_goes_through_every_stage() {
        List<String> places = List.of("Norway", "Sweden", "Denmark", "Finland", "Iceland", "Estonia", "Latvia",
                "Lithuania", "Poland", "Germany", "France", "Spain", "Italy", "Greece", "Turkey", "Egypt", "Jordan",
                "Lebanon", "Iraq", "Iran", "Qatar", "Oman", "Yemen", "Kenya", "Ghana", "Peru", "Chile", "Brazil");
        String coordinated = String.join(", ", places.subList(0, places.size() - 1)) + " and " + places.get(places.size() - 1);
        String body = coordinated + " condemned " + coordinated + " and urged " + coordinated + " to talk with "
                + coordinated + " about the treaty of the council of the envoys of the ministers of the capitals of "
                + coordinated + ".";
        Document out = pipeline.run(Document.of(article("coordination.txt", body)));
        assertThat(out.failures()).isEmpty();
        assertThat(out.extraction().mentions()).hasSizeGreaterThan(100);
    }

    @Test
    void every_item_of_the_dev_sets_goes_through_every_stage() throws Exception {
        Path dev = SharedData.require().resolve("dev");
        List<RawDocument> docs = new ArrayList<>();
        try (var sets = Files.list(dev)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                Path items = Files.isDirectory(set.resolve("articles")) ? set.resolve("articles") : set.resolve("pages");
                ArticleSources.standard(IngestLimits.DEFAULT).read(List.of(items), Manifest.empty(), r -> {
                    if (r instanceof RawDocument d) {
                        docs.add(d);
                    }
                });
            }
        }
        List<Article> articles = BatchPreparation.prepare(docs, PriorRuns.NONE, f -> { }).articles().stream()
                .map(PreparedArticle::article).filter(a -> !a.isDuplicate()).toList();
        assertThat(articles).hasSizeGreaterThan(300);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Document>> runs = articles.stream().map(a -> pool.submit(() -> pipeline.run(Document.of(a)))).toList();
            List<String> failed = new ArrayList<>();
            for (Future<Document> run : runs) {
                Document d = get(run);
                d.failures().forEach(f -> failed.add(d.article().metadata().origin() + ": " + f.describe()));
            }
            assertThat(failed).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Document get(Future<Document> run) throws InterruptedException, ExecutionException {
        return run.get();
    }
}
