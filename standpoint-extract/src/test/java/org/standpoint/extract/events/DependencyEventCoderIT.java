package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.ExtractFixtures;
import org.standpoint.model.Annotation;
import org.standpoint.model.Event;
import org.standpoint.model.Mention;
import org.standpoint.model.Modality;
import org.standpoint.model.PartialDate;

/**
 * End to end: event coding on sentences written for these tests, parsed by the real CoreNLP models. The rules
 * themselves are tested on stored parses (the {@code *Test} classes and {@code events.conllu}).
 */
class DependencyEventCoderIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    }

    static List<Event> code(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        List<Mention> mentions = ExtractFixtures.RESOLVER.resolve(a, text, THURSDAY);
        return EventFixtures.CODER.code(a, text, mentions, ExtractFixtures.quotes(a, text, mentions), THURSDAY);
    }

    @Test
    void an_accusation_names_accuser_and_accused() {
        assertThat(code("Norway accused Sweden of breaking the fishing treaty.")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::cameo, Event::target).containsExactly("NOR", "112", "SWE"));
    }

    @Test
    void a_threat_to_veto_is_coded_as_a_threat() {
        assertThat(code("Russia threatened to veto the draft resolution.")).singleElement()
                .satisfies(e -> assertThat(e).extracting(Event::source, Event::cameo, Event::modality).containsExactly("RUS", "130", Modality.THREATENED));
    }

    @Test
    void relative_dates_resolve_against_the_publication_date() {
        assertThat(code("Beijing criticized Washington on Monday.")).singleElement()
                .satisfies(e -> assertThat(e.date()).hasToString("2012-03-05"));
    }
}
