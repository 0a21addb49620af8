package org.standpoint.analysis;

import java.io.Serializable;
import java.nio.file.Path;
import org.standpoint.annotate.corenlp.CoreNlpConfig;

/**
 * Everything that decides what an analysis finds: the CoreNLP settings and the user's own resources added to
 * the bundled ones. Serializable, so that a distributed run builds the same pipeline on every machine.
 *
 * @param actors the user's actors file ({@code --actors}), added to and overriding the bundled dictionaries, or null
 * @param policies the user's policies and phrasings ({@code --policies}), added to the bundled ones, or null
 */
public record AnalysisConfig(CoreNlpConfig corenlp, UserFile actors, UserFile policies) implements Serializable {
    /** The bundled resources and CoreNLP's default settings. */
    public static final AnalysisConfig DEFAULT = new AnalysisConfig(CoreNlpConfig.DEFAULT, null, null);

    public AnalysisConfig {
        if (corenlp == null) {
            throw new IllegalArgumentException("an analysis needs its CoreNLP settings");
        }
    }

    /** The default settings with the user's files, each read now; a null path means the option was not given. */
    public static AnalysisConfig of(Path actors, Path policies) {
        return new AnalysisConfig(CoreNlpConfig.DEFAULT, UserFile.read(actors), UserFile.read(policies));
    }
}
