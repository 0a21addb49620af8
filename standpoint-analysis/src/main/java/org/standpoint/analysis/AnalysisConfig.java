package org.standpoint.analysis;

import java.io.Serializable;
import java.nio.file.Path;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.lexicon.DataFile;

/**
 * Everything that decides what an analysis finds: the CoreNLP settings and the user's own resources added to
 * the bundled ones, each read once where the run starts. Serializable, so that a distributed run builds the same
 * pipeline on every machine.
 *
 * @param actors the user's actors file ({@code --actors}), added to and overriding the bundled dictionaries, or null
 * @param policies the user's policies and phrasings ({@code --policies}), added to the bundled ones, or null
 * @param lexicon the user's closed-class words ({@code --lexicon}), added to and overriding the bundled lexicon, or null
 * @param verbs the user's event patterns ({@code --verbs}): rows of the hand-written verbs file and of the PETRARCH
 *              dictionary's format, added to and overriding the bundled ones, or null
 */
public record AnalysisConfig(CoreNlpConfig corenlp, DataFile actors, DataFile policies, DataFile lexicon,
                             DataFile verbs) implements Serializable {
    /** The bundled resources and CoreNLP's default settings. */
    public static final AnalysisConfig DEFAULT = new AnalysisConfig(CoreNlpConfig.DEFAULT, null, null, null, null);

    public AnalysisConfig {
        if (corenlp == null) {
            throw new IllegalArgumentException("an analysis needs its CoreNLP settings");
        }
    }

    /** Settings without a user verbs file. */
    public AnalysisConfig(CoreNlpConfig corenlp, DataFile actors, DataFile policies, DataFile lexicon) {
        this(corenlp, actors, policies, lexicon, null);
    }

    /**
     * The default settings with the user's files, each read now; a null path means the option was not given.
     *
     * @throws java.io.UncheckedIOException naming a file that cannot be read
     */
    public static AnalysisConfig of(Path actors, Path policies, Path lexicon) {
        return of(actors, policies, lexicon, null);
    }

    /** As {@link #of(Path, Path, Path)}, with the user's verbs file. */
    public static AnalysisConfig of(Path actors, Path policies, Path lexicon, Path verbs) {
        return new AnalysisConfig(CoreNlpConfig.DEFAULT, read(actors), read(policies), read(lexicon), read(verbs));
    }

    private static DataFile read(Path file) {
        return file == null ? null : DataFile.read(file);
    }
}
