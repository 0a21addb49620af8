package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.actors.ActorFixtures.Resolved;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;

/**
 * End to end: the resolver on sentences parsed by the real CoreNLP models, made up for the test. The rules
 * themselves are tested on stored parses (the {@code *Test} classes and {@code actors.conllu}).
 */
class DictionaryActorResolverIT {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    private static final PartialDate AUTUMN_2011 = PartialDate.parse("2011-10-03").orElseThrow();

    private static Resolved resolve(String text) {
        Annotation a = ANNOTATOR.annotate(text, AUTUMN_2011);
        return new Resolved(text, ActorFixtures.RESOLVER.resolve(a, text, AUTUMN_2011));
    }

    @Test
    void a_title_with_a_nationality_teaches_an_unknown_person() {
        Resolved r = resolve("Dutch Foreign Minister Maarten Velkamp met reporters on Monday. Velkamp said the talks had been useful.");
        assertThat(r.of("Dutch Foreign Minister Maarten Velkamp")).extracting(Mention::code, Mention::name, Mention::role)
                .containsExactly("NLDGOV", "Maarten Velkamp", "Foreign Minister");
        assertThat(r.last("Velkamp").orElseThrow().code()).as("the surname alone, later").isEqualTo("NLDGOV");
    }

    @Test
    void a_nationality_with_an_agent_noun_and_a_pronoun_later_resolve_across_sentences() {
        Resolved r = resolve("Syrian security forces fired on protesters in the city. Russia vetoed the resolution on Tuesday. "
                + "It said the text was unbalanced.");
        assertThat(r.of("Syrian security forces").code()).isEqualTo("SYRCOP");
        assertThat(r.of("It").code()).isEqualTo("RUS");
    }

    @Test
    void mentions_come_in_text_order_and_never_overlap() {
        Resolved r = resolve("Syrian President Bashar al-Assad told U.N. Secretary-General Ban Ki-moon that Syrian troops and "
                + "police had left Hama, and the Arab League and Turkey welcomed it.");
        List<Mention> ms = r.mentions();
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i - 1).lastToken() < ms.get(i).firstToken()).as(ms.get(i - 1) + " before " + ms.get(i)).isTrue();
        }
        assertThat(r.of("Syrian President Bashar al-Assad").code()).isEqualTo("SYRGOV");
        assertThat(r.of("Arab League").code()).isEqualTo("IGOMEAARL");
    }
}
