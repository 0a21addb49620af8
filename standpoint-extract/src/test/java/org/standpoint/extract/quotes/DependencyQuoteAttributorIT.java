package org.standpoint.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.model.Annotation;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/** Quote attribution on texts written for these tests, parsed by the real CoreNLP models. */
class DependencyQuoteAttributorIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static final QuoteAttributor ATTRIBUTOR = new DependencyQuoteAttributor();
    private static CoreNlpAnnotator annotator;
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
        resolver = DictionaryActorResolver.bundled();
    }

    static List<Quote> quotes(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        return ATTRIBUTOR.attribute(a, text, resolver.resolve(a, text, THURSDAY));
    }

    static List<Quote> direct(String text) {
        return quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    static List<Quote> indirect(String text) {
        return quotes(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }

    @Test
    void a_quote_followed_by_said_belongs_to_the_subject_of_said() {
        assertThat(direct("\"We will not accept any delay in the talks,\" Guido Westerwelle said on Monday."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("We will not accept any delay in the talks");
                    assertThat(q.speaker()).isEqualTo("Guido Westerwelle");
                    assertThat(q.speakerCode()).isEqualTo("DEUGOV");
                    assertThat(q.rule()).isEqualTo("direct:said-after");
                });
    }

    @Test
    void the_span_of_a_direct_quote_covers_the_quoted_words_without_the_marks() {
        String text = "\"Our patience has limits,\" Angela Merkel said.";
        assertThat(direct(text)).singleElement()
                .satisfies(q -> assertThat(q.span().of(text)).isEqualTo("Our patience has limits"));
    }

    @Test
    void an_inverted_said_names_the_speaker_after_it() {
        assertThat(direct("\"The border must stay open for refugees,\" said Ahmet Davutoglu, who spoke in Ankara."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Ahmet Davutoğlu");
                    assertThat(q.rule()).startsWith("direct:said");
                });
    }

    @Test
    void a_speaker_who_told_reporters_is_the_speaker() {
        assertThat(direct("\u201cOur patience with Damascus has limits,\u201d Angela Merkel told reporters in Berlin."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Angela Merkel");
                    assertThat(q.speakerCode()).isEqualTo("DEUGOV");
                });
    }

    @Test
    void a_quote_continued_in_the_next_paragraph_keeps_its_speaker() {
        List<Quote> quotes = direct("\"The first phase of the plan is finished,\" Angela Merkel said on Tuesday.\n\n"
                + "\"The second phase will begin next month, and we expect every partner to take part.\"");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).text()).startsWith("The second phase will begin");
        assertThat(quotes.get(1).speaker()).isEqualTo("Angela Merkel");
        assertThat(quotes.get(1).rule()).isEqualTo("direct:previous-quote");
    }

    @Test
    void a_he_said_without_a_resolved_pronoun_takes_the_speaker_of_the_previous_quote() {
        List<Quote> quotes = direct("\"Talks are the only way,\" Ahmet Davutoglu said in Istanbul.\n\n"
                + "The conference was attended by delegates from many countries.\n\n"
                + "\"Nobody wants the fighting to spread,\" he said.");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).speaker()).isEqualTo("Ahmet Davutoğlu");
    }

    @Test
    void a_quoted_paragraph_without_a_frame_belongs_to_the_person_named_just_before() {
        List<Quote> quotes = direct("David Cameron spoke to parliament about the crisis on Monday.\n\n"
                + "\"Nobody in this house wants another war in the region.\"");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("David Cameron");
            assertThat(q.rule()).isEqualTo("direct:previous-sentence");
        });
    }

    @Test
    void a_quoted_paragraph_followed_by_a_speech_frame_belongs_to_its_speaker() {
        List<Quote> quotes = direct("\"We will keep our embassy open.\"\n\n"
                + "Angela Merkel said the decision was final.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Angela Merkel");
            assertThat(q.rule()).isEqualTo("direct:next-sentence");
        });
    }

    @Test
    void according_to_names_the_speaker() {
        assertThat(direct("The ceasefire is \"a fragile first step\", according to Ahmet Davutoglu."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("a fragile first step");
                    assertThat(q.speaker()).isEqualTo("Ahmet Davutoğlu");
                    assertThat(q.rule()).isEqualTo("direct:according-to");
                });
    }

    @Test
    void a_short_phrase_quoted_inside_reported_speech_belongs_to_the_reporter() {
        assertThat(direct("Guido Westerwelle said he had warned the regime \"in the plainest terms\" against new attacks."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("in the plainest terms");
                    assertThat(q.speakerCode()).isEqualTo("DEUGOV");
                });
    }

    @Test
    void words_quoted_without_a_speech_verb_belong_to_the_actor_of_their_verb() {
        assertThat(direct("Germany dismissed the accusation as \"pure fiction\" on Wednesday."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speakerCode()).startsWith("DEU");
                    assertThat(q.rule()).isEqualTo("direct:governing-subject");
                });
    }

    @Test
    void an_actor_saying_a_clause_is_indirect_speech() {
        assertThat(indirect("Recep Tayyip Erdogan said on Friday that Turkey would close its embassy in Damascus."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("Turkey would close its embassy in Damascus");
                    assertThat(q.speakerCode()).isEqualTo("TURGOV");
                    assertThat(q.rule()).isEqualTo("indirect:say-ccomp");
                });
    }

    @Test
    void a_clause_said_by_someone_who_is_no_actor_is_not_indirect_speech() {
        assertThat(indirect("A shopkeeper in the market said that bread prices had doubled.")).isEmpty();
    }

    @Test
    void a_clause_holding_a_direct_quote_is_not_also_indirect_speech() {
        assertThat(quotes("Angela Merkel said the plan was \"dead on arrival\" in its present form."))
                .extracting(Quote::kind).containsExactly(QuoteKind.DIRECT);
    }
}
