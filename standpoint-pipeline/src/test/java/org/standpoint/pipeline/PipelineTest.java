package org.standpoint.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.Annotation;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Dependency;
import org.standpoint.model.Extraction;
import org.standpoint.model.Mention;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.StageFailure;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;

class PipelineTest {
    record FakeStage(String name, Set<Layer> requires, Set<Layer> adds, boolean fails) implements Stage {
        @Override
        public Document apply(Document d) {
            if (fails) {
                throw new IllegalArgumentException("cannot parse");
            }
            return d.withAnnotation(d.annotation(), adds);
        }
    }

    private static Document doc() {
        return Document.of(new Article("a1", new ArticleMetadata("f.txt", "line 4", null, null, null, null),
                "Text.", List.of(), "0".repeat(64), null));
    }

    @Test
    void a_stage_whose_layers_no_earlier_stage_adds_is_refused_before_any_text_is_read() {
        Stage events = new FakeStage("events", EnumSet.of(Layer.DEPENDENCIES), EnumSet.noneOf(Layer.class), false);
        assertThatThrownBy(() -> Pipeline.of(List.of(events)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'events'").hasMessageContaining("DEPENDENCIES");
    }

    @Test
    void layers_added_by_earlier_stages_satisfy_later_ones() {
        Stage parse = new FakeStage("parse", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.DEPENDENCIES), false);
        Stage events = new FakeStage("events", EnumSet.of(Layer.DEPENDENCIES), EnumSet.noneOf(Layer.class), false);
        Document out = Pipeline.of(List.of(parse, events)).run(doc());
        assertThat(out.layers()).contains(Layer.TEXT, Layer.DEPENDENCIES);
    }

    @Test
    void a_failing_stage_is_recorded_and_the_stages_that_need_its_layer_are_not_run_while_the_others_are() {
        Stage parse = new FakeStage("parse", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.DEPENDENCIES), true);
        Stage events = new FakeStage("events", EnumSet.of(Layer.DEPENDENCIES), EnumSet.of(Layer.EVENTS), false);
        Stage times = new FakeStage("times", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.TIMES), false);
        Document out = Pipeline.of(List.of(parse, events, times)).run(doc());
        assertThat(out.failures()).containsExactly(new StageFailure("parse", "failed: IllegalArgumentException: cannot parse"),
                new StageFailure("events", "not run: it reads [DEPENDENCIES], which a failed stage did not add"));
        assertThat(out.layers()).containsExactlyInAnyOrder(Layer.TEXT, Layer.TIMES);
        assertThat(out.complete()).isFalse();
    }

    /** A stage whose rules recurse without end on this article. */
    private record Bottomless(String name) implements Stage {
        @Override
        public Set<Layer> requires() {
            return EnumSet.of(Layer.TEXT);
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

    @Test
    void a_stack_overflow_in_one_stage_is_that_article_s_failure_not_the_run_s() {
        Document out = Pipeline.of(List.of(new Bottomless("events"))).run(doc());
        assertThat(out.failures()).containsExactly(new StageFailure("events", "failed: StackOverflowError"));
        assertThat(out.article()).isEqualTo(doc().article());
    }

    /** A parsed one-word document: a token with every tag, a dependency, a time, a quotation and a mention. */
    private static Document parsed() {
        Span span = new Span(0, 5);
        Sentence sentence = new Sentence(0, span, List.of(new Token(0, span, "Text.", "NN", "text", "MISC", "x")),
                List.of(new Dependency(Dependency.ROOT, 0, "root")));
        Annotation a = new Annotation(List.of(sentence), List.of(new TimeExpression(span, "Text.", "2012")),
                List.of(new QuotedSpan(span, "Text")));
        Extraction x = Extraction.empty().withMentions(List.of(new Mention(0, 0, 0, 0, span, "RUS", "Russia", null, "r")));
        return new Document(doc().article(), a, x, EnumSet.allOf(Layer.class));
    }

    /** A stage that keeps what it was handed, to look at. */
    private static final class Witness implements Stage {
        private final Set<Layer> requires;
        private Document seen;

        Witness(Set<Layer> requires) {
            this.requires = requires;
        }

        @Override
        public String name() {
            return "witness";
        }

        @Override
        public Set<Layer> requires() {
            return requires;
        }

        @Override
        public Set<Layer> adds() {
            return EnumSet.of(Layer.STANCES);
        }

        @Override
        public Document apply(Document d) {
            seen = d;
            return d.withExtraction(d.extraction().withStances(List.of()), adds());
        }
    }

    @Test
    void a_stage_is_not_handed_a_layer_it_did_not_declare() {
        Witness stage = new Witness(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS));
        Pipeline.of(List.of(stage), EnumSet.allOf(Layer.class)).run(parsed());
        Token t = stage.seen.annotation().sentences().get(0).tokens().get(0);
        assertThat(t.word()).isEqualTo("Text.");
        assertThat(t.lemma()).isEqualTo("text");
        assertThat(t.pos()).isNull();
        assertThat(t.ner()).isNull();
        assertThat(t.normalized()).isNull();
        assertThat(stage.seen.annotation().sentences().get(0).dependencies()).isEmpty();
        assertThat(stage.seen.annotation().times()).isEmpty();
        assertThat(stage.seen.annotation().quotes()).isEmpty();
        assertThat(stage.seen.extraction().mentions()).isEmpty();
        assertThat(stage.seen.layers()).containsExactlyInAnyOrder(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS);
    }

    @Test
    void a_stage_sees_every_layer_it_declared_and_the_others_survive_it() {
        Witness stage = new Witness(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PART_OF_SPEECH, Layer.LEMMAS,
                Layer.NAMED_ENTITIES, Layer.DEPENDENCIES, Layer.TIMES, Layer.QUOTATIONS, Layer.ACTORS));
        Document out = Pipeline.of(List.of(stage), EnumSet.allOf(Layer.class)).run(parsed());
        assertThat(stage.seen.annotation()).isEqualTo(parsed().annotation());
        assertThat(stage.seen.extraction().mentions()).hasSize(1);
        assertThat(out.annotation()).isEqualTo(parsed().annotation());
        assertThat(out.extraction().mentions()).isEqualTo(parsed().extraction().mentions());
    }
}
