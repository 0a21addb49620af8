package org.standpoint.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;

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
    void a_failing_stage_is_reported_with_its_name_and_the_article() {
        Stage broken = new FakeStage("parse", EnumSet.of(Layer.TEXT), EnumSet.noneOf(Layer.class), true);
        assertThatThrownBy(() -> Pipeline.of(List.of(broken)).run(doc()))
                .isInstanceOf(StageException.class)
                .hasMessage("parse failed on f.txt, line 4: cannot parse");
    }
}
