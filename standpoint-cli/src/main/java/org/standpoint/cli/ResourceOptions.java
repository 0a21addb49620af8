package org.standpoint.cli;

import java.nio.file.Path;
import org.standpoint.analysis.AnalysisConfig;
import picocli.CommandLine.Option;

/** The user's own resources, which {@code analyze} and {@code extract} lay on top of the bundled ones. */
public final class ResourceOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "your own actors file, added to and overriding the bundled ones")
    Path actors;

    @Option(names = "--policies", paramLabel = "FILE", description = "your own policies and phrasings (policy<TAB>cue words), added to the bundled ones")
    Path policies;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "your own closed-class words (speech verbs, negators, titles, ...; list<TAB>entry<TAB>value), added to and overriding the bundled lexicon")
    Path lexicon;

    @Option(names = "--verbs", paramLabel = "FILE", description = "your own event patterns (rows of verbs.tsv or of petrarch-verbs.tsv), added to and overriding the bundled ones")
    Path verbs;

    /** The analysis these options ask for, each file read now. */
    public AnalysisConfig config() {
        return AnalysisConfig.of(actors, policies, lexicon, verbs);
    }
}
