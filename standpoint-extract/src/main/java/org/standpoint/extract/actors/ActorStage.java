package org.standpoint.extract.actors;

import java.util.EnumSet;
import java.util.Set;
import org.standpoint.pipeline.Document;
import org.standpoint.pipeline.Layer;
import org.standpoint.pipeline.Stage;

/** The pipeline stage that adds actor mentions. */
public final class ActorStage implements Stage {
    private final ActorResolver resolver;

    public ActorStage(ActorResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PART_OF_SPEECH, Layer.NAMED_ENTITIES, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> adds() {
        return EnumSet.of(Layer.ACTORS);
    }

    @Override
    public Document apply(Document d) {
        var mentions = resolver.resolve(d.annotation(), d.article().body(), d.article().metadata().published());
        return d.withExtraction(d.extraction().withMentions(mentions), adds());
    }
}
