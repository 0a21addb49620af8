package org.standpoint.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.cli.CliRun;
import org.standpoint.ingest.manifest.Manifest;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.StageFailure;
import org.standpoint.model.Token;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.pipeline.Stage;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.StageFailures;

/** An article on which a stage fails is stored with what succeeded, the failure recorded, and extract runs it again. */
class StageFailureIT {
    private static final String STORY = """
            Envoys Meet Again

            Norway and Sweden resumed talks on Tuesday over the fishing treaty, officials in Oslo said.
            """;

    @TempDir
    Path dir;

    /** Annotates every line as one sentence of space-separated tokens, each its own root: no parser needed. */
    private record WordsAnnotator(boolean fails) implements Stage {
        @Override
        public String name() {
            return "annotate";
        }

        @Override
        public Set<Layer> requires() {
            return EnumSet.of(Layer.TEXT);
        }

        @Override
        public Set<Layer> adds() {
            return Layer.parsedWith(Layer.TIMES, Layer.QUOTATIONS);
        }

        @Override
        public Document apply(Document d) {
            if (fails) {
                throw new IllegalStateException("the parser gave up");
            }
            String body = d.article().body();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            int at = 0;
            for (String w : body.split("\\s+")) {
                int start = body.indexOf(w, at);
                at = start + w.length();
                deps.add(new Dependency(Dependency.ROOT, tokens.size(), "root"));
                tokens.add(new Token(tokens.size(), new Span(start, at), w, "NN", w.toLowerCase(), "O", null));
            }
            Sentence s = new Sentence(0, new Span(0, body.length()), tokens, deps);
            return d.withAnnotation(new Annotation(List.of(s), List.of(), List.of()), adds());
        }
    }

    /** A stage whose rules recurse without end on every article. */
    private record Bottomless() implements Stage {
        @Override
        public String name() {
            return "events";
        }

        @Override
        public Set<Layer> requires() {
            return EnumSet.of(Layer.TOKENS);
        }

        @Override
        public Set<Layer> adds() {
            return EnumSet.of(Layer.EVENTS);
        }

        @Override
        public Document apply(Document d) {
            return apply(d);
        }
    }

    private RunSummary analyze(Stage... stages) throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        try (Database db = Database.open(db())) {
            StringWriter err = new StringWriter();
            return new AnalysisRun(db, Pipeline.of(List.of(stages)), "test", 1, new PrintWriter(err, true))
                    .run(List.of(story), Manifest.empty());
        }
    }

    private String db() {
        return dir.resolve("failures.db").toString();
    }

    private Article stored() {
        try (Database db = Database.open(db())) {
            return new ArticleStore(db, "").articles().get(0);
        }
    }

    private List<StageFailure> failures(Article a) {
        try (Database db = Database.open(db())) {
            return new StageFailures(db).of(a.id());
        }
    }

    @Test
    void a_stage_that_fails_leaves_the_article_stored_with_what_succeeded_and_extract_runs_it_again() throws IOException {
        RunSummary summary = analyze(new WordsAnnotator(false), new Bottomless());
        assertThat(summary.stored()).isEqualTo(1);
        assertThat(summary.clean()).isFalse();
        assertThat(summary.describe()).contains("1 stored without a failed stage's layers")
                .contains("incomplete: story.txt: stored, but stage events failed: StackOverflowError");
        Article a = stored();
        assertThat(failures(a)).containsExactly(new StageFailure("events", "failed: StackOverflowError"));
        try (Database db = Database.open(db())) {
            assertThat(new ArticleStore(db, "").annotation(a.id())).get()
                    .satisfies(ann -> assertThat(ann.tokenCount()).isGreaterThan(10));
        }
        assertThat(CliRun.of("stats", "--db", db()).out()).containsPattern("stage events incomplete +1 articles");

        CliRun again = CliRun.of("extract", "--db", db());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(failures(a)).isEmpty();
    }

    @Test
    void an_article_whose_annotation_failed_is_stored_without_one_and_extract_annotates_it() throws IOException {
        RunSummary summary = analyze(new WordsAnnotator(true), new Bottomless());
        assertThat(summary.stored()).isEqualTo(1);
        Article a = stored();
        assertThat(failures(a)).extracting(StageFailure::stage).containsExactly("annotate", "events");
        assertThat(failures(a).get(0).reason()).isEqualTo("failed: IllegalStateException: the parser gave up");
        try (Database db = Database.open(db())) {
            assertThat(new ArticleStore(db, "").annotation(a.id())).isEmpty();
        }

        CliRun again = CliRun.of("extract", "--db", db());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(failures(a)).isEmpty();
        try (Database db = Database.open(db())) {
            assertThat(new ArticleStore(db, "").annotation(a.id())).isPresent();
        }
    }
}
