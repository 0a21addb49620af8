package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.Token;

/** The resolver on hand-made annotations: no parser needed. */
class DictionaryActorResolverTest {
    private static final DictionaryActorResolver RESOLVER = DictionaryActorResolver.bundled();

    /** A one-sentence annotation of "word/POS/lemma/NER" tokens separated by single spaces. */
    private static Annotation annotation(List<Dependency> deps, String... tokens) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : tokens) {
            String[] p = t.split("/");
            out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], p[1], p[2], p.length > 3 ? p[3] : "O", null));
            at += p[0].length() + 1;
        }
        return new Annotation(List.of(new Sentence(0, new Span(0, at - 1), out, deps)), List.of(), List.of());
    }

    private static String text(Annotation a) {
        StringBuilder b = new StringBuilder();
        for (Token t : a.sentences().get(0).tokens()) {
            b.append(b.length() == 0 ? "" : " ").append(t.word());
        }
        return b.toString();
    }

    @Test
    void a_nationality_and_an_agent_noun_make_one_mention_headed_by_the_noun() {
        Annotation a = annotation(List.of(new Dependency(Dependency.ROOT, 2, "root"), new Dependency(2, 1, "nsubj"),
                        new Dependency(1, 0, "amod"), new Dependency(2, 3, "obj")),
                "Syrian/JJ/Syrian", "forces/NNS/force", "shelled/VBD/shell", "Homs/NNP/Homs/LOCATION");
        List<Mention> ms = RESOLVER.resolve(a, text(a), PartialDate.parse("2012-02-01").orElseThrow());
        assertThat(ms).extracting(Mention::code).containsExactly("SYRMIL", "SYR");
        Mention forces = ms.get(0);
        assertThat(forces.firstToken()).isZero();
        assertThat(forces.lastToken()).isEqualTo(1);
        assertThat(forces.headToken()).isEqualTo(1);
        assertThat(forces.name()).isEqualTo("Syria");
        assertThat(forces.rule()).isEqualTo("agent:force+dictionary:SYR-names");
    }

    @Test
    void a_sentence_the_parser_skipped_still_gets_its_names() {
        Annotation a = annotation(List.of(), "Lavrov/NNP/Lavrov/PERSON", "met/VBD/meet", "Ban/NNP/Ban/PERSON",
                "Ki-moon/NNP/Ki-moon/PERSON", "in/IN/in", "Vienna/NNP/Vienna/LOCATION");
        List<Mention> ms = RESOLVER.resolve(a, text(a), PartialDate.parse("2012-02-01").orElseThrow());
        assertThat(ms).extracting(Mention::code).containsExactly("RUSGOV", "IGOUNO", "AUTGOV");
    }

    @Test
    void lower_case_words_are_no_names() {
        Annotation a = annotation(List.of(), "They/PRP/they", "told/VBD/tell", "us/PRP/we", "about/IN/about", "turkey/NN/turkey");
        assertThat(RESOLVER.resolve(a, text(a), null)).isEmpty();
    }

    @Test
    void an_empty_article_has_no_mentions() {
        assertThat(RESOLVER.resolve(Annotation.empty(), "", null)).isEmpty();
    }
}
