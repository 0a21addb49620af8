package org.standpoint.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.quotes.QuoteFixtures.direct;
import static org.standpoint.extract.quotes.QuoteFixtures.indirect;
import static org.standpoint.extract.quotes.QuoteFixtures.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Quote;
import org.standpoint.model.QuoteKind;

/** Quote attribution on parses stored as CoNLL-U: speech frames, context, and indirect speech. */
class DependencyQuoteAttributorTest {
    @Test
    void a_quote_followed_by_said_belongs_to_the_subject_of_said() {
        assertThat(direct("said-after")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::text, Quote::speaker, Quote::speakerCode, Quote::rule)
                .containsExactly("We will not accept any delay in the talks", "Guido Westerwelle", "DEUGOV", "direct:said-after"));
    }

    @Test
    void the_span_of_a_direct_quote_covers_the_quoted_words_without_the_marks_and_comma() {
        String text = QuoteFixtures.DOCUMENTS.get("said-after").body();
        assertThat(direct("said-after")).singleElement()
                .satisfies(q -> assertThat(q.span().of(text)).isEqualTo("We will not accept any delay in the talks"));
    }

    @ParameterizedTest(name = "{0}: {2} by {3}")
    @CsvSource({
        "said-before, Angela Merkel, DEUGOV, direct:said-before",
        "said-inverted, Ahmet Davutoğlu, TURGOV, direct:said-inverted",
        "told-reporters, Angela Merkel, DEUGOV, direct:said-after",
        "relative-pronoun-speaker, Sergei Lavrov, RUSGOV, direct:said-before",
        "according-to, Ahmet Davutoğlu, TURGOV, direct:according-to",
        "phrase-inside-reported-speech, Guido Westerwelle, DEUGOV, direct:said-before+coreference"})
    void a_speech_frame_in_the_quotes_sentence_names_its_speaker(String id, String speaker, String code, String rule) {
        assertThat(direct(id)).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::speakerCode, Quote::rule).containsExactly(speaker, code, rule));
    }

    @Test
    void curly_marks_enclose_a_quote_as_straight_ones_do() {
        assertThat(direct("told-reporters")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("Our patience with Damascus has limits"));
    }

    @Test
    void words_quoted_without_a_speech_verb_belong_to_the_actor_of_their_verb() {
        assertThat(direct("governing-subject")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::text, Quote::speakerCode, Quote::rule).containsExactly("pure fiction", "DEU", "direct:governing-subject"));
    }

    @Test
    void a_quote_continued_in_the_next_paragraph_keeps_its_speaker() {
        List<Quote> quotes = direct("previous-quote");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1)).extracting(Quote::speaker, Quote::rule).containsExactly("Angela Merkel", "direct:previous-quote");
        assertThat(quotes.get(1).text()).startsWith("The second phase will begin");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "pronoun-after-a-quote, Ahmet Davutoğlu, TURGOV, direct:said-after+coreference",
        "pronoun-after-a-person, Angela Merkel, DEUGOV, direct:said-after+coreference",
        "pronoun-unresolved, , , direct:said-after+unresolved"})
    void a_pronoun_speaker_is_the_person_the_pronoun_refers_to(String id, String speaker,
                                                                                           String code, String rule) {
        assertThat(direct(id)).last().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::speakerCode, Quote::rule).containsExactly(speaker, code, rule));
    }

    @Test
    void a_quoted_paragraph_followed_by_a_speech_frame_belongs_to_its_speaker() {
        assertThat(direct("next-sentence")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::rule).containsExactly("Angela Merkel", "direct:next-sentence"));
    }

    @Test
    void a_quoted_paragraph_without_a_frame_belongs_to_the_person_named_just_before() {
        assertThat(direct("previous-sentence")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::rule).containsExactly("David Cameron", "direct:previous-sentence"));
    }

    @Test
    void the_report_said_speaks_for_the_news_medium_named_before() {
        assertThat(direct("medium")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::speakerCode, Quote::rule).containsExactly("Le Monde", "FRAMED", "direct:said-after+medium"));
    }

    @Test
    void a_speaker_no_mention_resolves_is_kept_as_its_words_without_modifiers() {
        assertThat(direct("unresolved-phrase")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::speakerCode, Quote::rule).containsExactly("a bystander", null, "direct:said-after+phrase"));
    }

    @Test
    void an_actor_saying_a_clause_is_indirect_speech() {
        assertThat(indirect("indirect-speech")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::text, Quote::speakerCode, Quote::rule)
                .containsExactly("Turkey would close its embassy in Damascus", "TURGOV", "indirect:say-ccomp"));
    }

    @Test
    void a_clause_said_by_someone_who_is_no_actor_is_not_indirect_speech() {
        assertThat(indirect("indirect-speech-of-no-actor")).isEmpty();
    }

    @Test
    void a_clause_holding_a_direct_quote_is_not_also_indirect_speech() {
        assertThat(quotes("direct-not-also-indirect")).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "name-before-verb, de Souza, , direct:said-after+name",
        "name-before-verb-2, Per Olsen, IGOUNO, direct:said-after+name"})
    void a_name_between_the_quote_and_a_verb_the_parser_gave_no_subject_is_the_speaker(String id, String speaker,
                                                                                       String code, String rule) {
        assertThat(direct(id)).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::speakerCode, Quote::rule).containsExactly(speaker, code, rule));
    }

    @Test
    void reported_before_its_speaker_frames_a_quote_as_said_does() {
        assertThat(direct("reported-inverted")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::rule).containsExactly("Ali Hassan", "direct:said-inverted+phrase"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "organisation-named-earlier, SYROPP, Syrian Observatory for Human Rights",
        "group-last-organisation, NGOHRIAMN, Amnesty International"})
    void the_observatory_or_the_group_is_the_organisation_named_before(String id, String code, String speaker) {
        assertThat(direct(id)).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speakerCode, Quote::speaker).containsExactly(code, speaker));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"scare-quote-term", "quoted-title", "nickname-passive"})
    void a_quoted_term_or_title_that_no_speaker_says_is_no_quote(String id) {
        assertThat(direct(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "fragment-of-a-speaker, deeply flawed, Angela Merkel",
        "fragment-framed-by-sentence, temporary, ministry"})
    void a_short_quoted_phrase_framed_by_a_speaker_stays_a_quote(String id, String text, String speaker) {
        assertThat(direct(id)).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::text, Quote::speaker).containsExactly(text, speaker));
    }

    @Test
    void marks_paired_across_a_paragraph_that_opens_without_a_mark_are_no_quote() {
        assertThat(direct("inch-marks")).isEmpty();
    }

    @Test
    void he_said_is_the_person_named_as_subject_since_the_previous_quote() {
        assertThat(direct("pronoun-after-another-person")).last().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::rule).containsExactly("John Hartley", "direct:said-after+named-since"));
    }

    @Test
    void a_person_named_as_object_since_the_previous_quote_does_not_take_over_its_speaker() {
        assertThat(direct("pronoun-after-a-named-object")).last().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker).isEqualTo("Angela Merkel"));
    }

    @Test
    void according_to_is_no_part_of_the_speakers_words() {
        assertThat(direct("according-to-phrase")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker).isEqualTo("Tom Reddish"));
    }

    @Test
    void a_reported_clause_and_its_conjunct_are_one_indirect_quote() {
        assertThat(indirect("indirect-conjuncts")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::text).isEqualTo("the bridge was closed to lorries and would reopen in May"));
    }

    @Test
    void a_phrase_a_named_person_describes_is_that_persons_words() {
        assertThat(direct("governing-person")).singleElement().satisfies(q -> assertThat(q)
                .extracting(Quote::speaker, Quote::rule).containsExactly("Maria Lindqvist", "direct:governing-person"));
    }
}
