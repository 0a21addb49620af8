package org.standpoint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.model.PartialDate;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluReader;
import org.standpoint.testkit.ConlluWriter;

/**
 * The CoNLL-U fixtures that the fast rule tests read are exactly what CoreNLP makes of their sentences. Each
 * {@code NAME.sentences.txt} below {@code src/test/resources} holds documents written for Standpoint's tests;
 * {@code NAME.conllu} beside it is their annotation. After changing the sentences or the annotator, rewrite the
 * fixtures with {@code -Dfixtures.write=true}:
 *
 * <pre>./mvnw -pl standpoint-extract -am verify -Dit.test=ConlluFixturesIT -Dfixtures.write=true -Dtest=none
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * <p>It runs in a JVM of its own (see the module's pom): SUTime resolves a weekday differently once some
 * documents were annotated in the same JVM, and the fixtures must not depend on what ran before.
 *
 * <p>Sentences file: lines starting with {@code #} are comments; {@code == ID [PUBLISHED]} starts a document
 * named ID, published on a {@code YYYY[-MM[-DD]]} date or undated; its text is the lines up to the next
 * header, without leading and trailing blank lines (a blank line inside is a paragraph break).
 */
class ConlluFixturesIT {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final String SENTENCES = ".sentences.txt";
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    }

    static Stream<Path> sentenceFiles() throws IOException {
        assertThat(RESOURCES).as("run from the standpoint-extract module folder").isDirectory();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SENTENCES)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sentenceFiles")
    void each_fixture_is_what_corenlp_makes_of_its_sentences(Path sentences) throws IOException {
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (Source s : sources(sentences)) {
            documents.add(new AnnotatedDocument(s.id(), s.text(), annotator.annotate(s.text(), s.published()), s.published()));
        }
        String conllu = ConlluWriter.write(documents);
        assertThat(ConlluReader.read(conllu)).as("read back").isEqualTo(documents);
        String name = sentences.getFileName().toString();
        Path fixture = sentences.resolveSibling(name.substring(0, name.length() - SENTENCES.length()) + ".conllu");
        if (Boolean.getBoolean("fixtures.write")) {
            Files.writeString(fixture, conllu, StandardCharsets.UTF_8);
        }
        assertThat(fixture).as("%s is missing or out of date: rewrite it with -Dfixtures.write=true (see this test's javadoc)", fixture)
                .exists().hasContent(conllu);
    }

    /** A document of a sentences file. */
    record Source(String id, PartialDate published, String text) {
    }

    static List<Source> sources(Path file) throws IOException {
        List<Source> out = new ArrayList<>();
        String[] header = null;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                add(out, header, lines, file);
                header = line.substring(3).strip().split("\\s+");
                lines.clear();
            } else if (header != null) {
                lines.add(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException(file + ": text before the first '== ID' header: " + line);
            }
        }
        add(out, header, lines, file);
        return out;
    }

    private static void add(List<Source> out, String[] header, List<String> lines, Path file) {
        if (header == null) {
            return;
        }
        PartialDate published = header.length > 1 ? PartialDate.parse(header[1])
                .orElseThrow(() -> new IllegalArgumentException(file + ": bad date in header " + String.join(" ", header))) : null;
        out.add(new Source(header[0], published, String.join("\n", lines).strip()));
    }
}
