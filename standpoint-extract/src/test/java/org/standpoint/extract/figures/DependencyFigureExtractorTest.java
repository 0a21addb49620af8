package org.standpoint.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.figures.FigureFixtures.extract;
import static org.standpoint.extract.figures.FigureFixtures.extractAligned;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.PartialDate;

/** Counts, their bounds, claimants and dates, on parses stored as CoNLL-U. */
class DependencyFigureExtractorTest {
    /** The document has one figure: {@code count} {@code what}, found by a rule starting with {@code rule}. */
    private static void assertOnlyFigure(String id, String what, long count, String rule) {
        assertThat(extract(id)).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::what, Figure::count).containsExactly(what, count);
            assertThat(f.rule()).startsWith(rule + ";");
        });
    }

    /** The document's figures are exactly {@code figures}: "count claimant" pairs separated by "; ". */
    private static void assertClaims(String id, String figures) {
        assertThat(extract(id)).extracting(f -> f.count() + " " + f.claimant()).containsExactly(figures.split("; "));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        "more-than, MORE_THAN, 200",
        "over, MORE_THAN, 600",
        "at-least, AT_LEAST, 45",
        "up-to, UP_TO, 17",
        "nearly, ABOUT, 80",
        "some, ABOUT, 250",
        "exact, EXACT, 31"})
    void the_words_before_a_count_give_its_bound(String id, FigureBound bound, long count) {
        assertThat(extract(id)).singleElement().satisfies(f -> assertThat(f)
                .extracting(Figure::what, Figure::bound, Figure::count).containsExactly("killed", bound, count));
    }

    @ParameterizedTest(name = "{0}: {2} {1} by {3}")
    @CsvSource({
        "more-than, killed, 200, nsubj:pass+kill",
        "over, killed, 600, nsubj+die",
        "exact, killed, 31, obj+kill",
        "injured, wounded, 41, nsubj:pass+injure",
        "rounded-up, arrested, 140, obj+round",
        "detained, arrested, 60, obj+detain",
        "displaced, displaced, 2500, obj+displace",
        "lost-their-lives, killed, 18, nsubj+lose",
        "shot-dead-activists-said, killed, 14, nummod+dead",
        "bound-read-as-preposition, killed, 40, obj+execute",
        "frame-took-the-people, killed, 9, iobj+kill"})
    void the_verb_over_counted_people_says_what_happened_to_them(String id, String what, long count, String rule) {
        assertOnlyFigure(id, what, count, rule);
    }

    @ParameterizedTest(name = "{0}: {2} {1} by {3}")
    @CsvSource({
        "refugees, refugees, 12000, nummod+refugee",
        "deaths, killed, 35, nummod+death",
        "team-of-observers, observers, 12, nummod+observer",
        "left-dead, killed, 22, nummod+dead",
        "strong-mission, observers, 40, strong+mission"})
    void some_nouns_and_states_are_counted_whatever_the_verb(String id, String what, long count, String rule) {
        assertOnlyFigure(id, what, count, rule);
    }

    @Test
    void a_number_word_counts_as_its_value() {
        assertThat(extract("injured")).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(41));
    }

    @Test
    void about_before_a_count_makes_it_approximate() {
        assertThat(extract("refugees")).singleElement().satisfies(f -> assertThat(f.bound()).isEqualTo(FigureBound.ABOUT));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "speaker-says, IGOUNO, United Nations, subject of say",
        "said-in-parentheses, NGOHRIAMN, Amnesty International, subject of say",
        "recommended-mission, IGOUNO, Ban Ki-moon, subject of recommend",
        "according-to, NGOHRIAMN, Amnesty International, according to"})
    void the_speaker_who_states_a_count_in_a_frame_a_parenthesis_or_according_to_claims_it(String id, String code, String name, String how) {
        assertThat(extract(id)).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::claimant, Figure::claimantName).containsExactly(code, name);
            assertThat(f.rule()).endsWith("; claimant " + how);
        });
    }

    @Test
    void a_speaker_no_mention_resolves_claims_by_its_words() {
        assertThat(extract("shot-dead-activists-said")).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::claimant, Figure::claimantName).containsExactly(null, "bystanders");
            assertThat(f.rule()).endsWith("; claimant subject of say");
        });
    }

    @Test
    void a_toll_the_article_states_itself_has_no_claimant() {
        assertThat(extract("stated-by-the-article")).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::count, Figure::bound, Figure::claimant, Figure::claimantName)
                    .containsExactly(5000L, FigureBound.AT_LEAST, null, null);
            assertThat(f.rule()).endsWith("; claimant asserted");
        });
    }

    @Test
    void two_speakers_in_one_sentence_claim_their_own_counts() {
        assertClaims("two-speakers", "900 IGOUNO; 250 YEMGOV");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "report-continues-also, 12 IGOUNO; 3 IGOUNO",
        "report-continues-another, 40 NGOHRI; 9 NGOHRI",
        "report-continues-pronoun, 30 IGOUNO; 8 IGOUNO",
        "report-too-far-back, 7 IGOUNO; 4 null",
        "report-no-continuation, 7 IGOUNO; 4 null"})
    void a_count_that_adds_to_the_report_before_or_that_it_claims_has_that_reports_claimant(String id, String figures) {
        assertClaims(id, figures);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "restated-toll, 14 SYROPP",
        "one-toll-two-sources, 30 GOVHLH; 30 NGOHLHIRC",
        "one-size-two-days, 9 null; 9 null"})
    void a_claim_restated_in_the_article_is_one_figure_with_the_claimant_it_is_given(String id, String figures) {
        assertClaims(id, figures);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "reported-cases-are-no-claimant, 35 IGOUNOHLHWHO",
        "reported-by-an-agent, 9 SYROPP"})
    void what_was_reported_is_no_claimant_and_the_agent_of_a_passive_report_is(String id, String figures) {
        assertClaims(id, figures);
    }

    @Test
    void a_date_on_the_verb_is_the_figures_date() {
        assertThat(extract("date-on-the-verb")).singleElement()
                .satisfies(f -> assertThat(f.asOf()).isEqualTo(PartialDate.parse("2012-03-06").orElseThrow()));
    }

    @Test
    void a_year_on_the_verb_dates_the_figure_to_the_year() {
        assertThat(extract("speaker-says")).singleElement().satisfies(f -> assertThat(f.asOf()).isEqualTo(new PartialDate(2012, null, null)));
    }

    @Test
    void without_a_date_a_figure_is_as_of_the_month_of_publication() {
        assertThat(extract("month-of-publication")).singleElement()
                .satisfies(f -> assertThat(f.asOf()).isEqualTo(new PartialDate(2012, 3, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-figure-countries", "no-figure-votes", "no-figure-percent", "no-figure-years",
        "no-figure-money", "no-figure-dozens", "no-figure-age", "no-figure-resolutions"})
    void numbers_that_count_nothing_of_interest_are_not_figures(String id) {
        assertThat(extract(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {2} {1} by {3}")
    @CsvSource({
        "headline-kills, killed, 16, bare-obj+kill",
        "headline-killed, killed, 58, beside+kill",
        "headline-capitals, killed, 48, obj+kill",
        "toll-was, killed, 45, toll-subject+toll",
        "toll-rose-to, killed, 112, toll-verb+toll",
        "killing-of, killed, 2, nmod:of+killing",
        "lives, killed, 300000, nummod+life",
        "nationality-people, killed, 35, beside+kill"})
    void tolls_headlines_and_the_killing_of_people_are_counts_as_news_gives_them(String id, String what, long count, String rule) {
        assertOnlyFigure(id, what, count, rule);
    }

    @Test
    void the_number_killed_is_a_toll() {
        assertThat(extract("number-killed")).extracting(f -> f.what() + " " + f.count()).contains("killed 45");
    }

    @Test
    void a_range_gives_both_its_ends() {
        assertThat(extract("range")).extracting(f -> f.count() + " " + f.bound())
                .containsExactly("200 AT_LEAST", "400 MORE_THAN");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"part-including, 23", "part-among-them, 40", "part-were-among, 71", "part-of-them-bare, 41",
        "part-toll-includes, 60"})
    void a_count_of_part_of_the_dead_is_no_toll_of_its_own(String id, long count) {
        assertThat(extract(id)).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(count));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "quoted-claimant, IRQGOVMIL, speaker of the quotation",
        "closing-frame, SYROPP, subject of say",
        "accused-of-killing, IRQ, subject of accuse",
        // The actor stage reads "the Observatory" as the organisation named before, so the mention is the claimant.
        "named-earlier, SYROPP, according to",
        "says-killed, NGOHRI, subject of aux:kill"})
    void claimants_are_found_as_news_gives_them(String id, String code, String how) {
        assertThat(extract(id)).first().satisfies(f -> {
            assertThat(f.claimant()).isEqualTo(code);
            assertThat(f.rule()).endsWith("; claimant " + how);
        });
    }

    @Test
    void an_unnamed_source_speaks_for_its_side_of_the_articles_conflict() {
        assertThat(extract("unnamed-source")).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::claimant, Figure::claimantName).containsExactly("SYRMED", "state television");
            assertThat(f.rule()).endsWith("(claimant-noun of the conflict SYR)");
        });
    }

    @Test
    void a_running_total_is_as_of_the_day_of_publication_not_the_day_it_counts_from() {
        assertThat(extract("running-total")).singleElement().satisfies(f -> {
            assertThat(f).extracting(Figure::count, Figure::bound).containsExactly(250000L, FigureBound.AT_LEAST);
            assertThat(f.asOf()).isEqualTo(PartialDate.parse("2015-07-16").orElseThrow());
        });
    }

    @Test
    void a_page_counter_before_a_count_counts_nothing() {
        assertThat(extract("counter-before-count")).extracting(Figure::count).containsExactly(12L);
        assertThat(extract("counter-before-determiner")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "headline-other-verb-before, killed 12",
        "kill-injure-headline, killed 4; wounded 20",
        "kill-injure-headline-object, killed 6; wounded 30",
        "headline-participle-loose, killed 3; wounded 9",
        "killed-others-injured, killed 1; wounded 2"})
    void in_a_run_of_verbs_and_numbers_each_number_belongs_to_its_own_verb(String id, String figures) {
        assertThat(extract(id)).extracting(f -> f.what() + " " + f.count()).containsExactly(figures.split("; "));
    }

    @Test
    void a_count_the_parser_hung_on_the_dateline_before_it_counts_the_people_after_it() {
        assertThat(extract("headline-count-hung-on-date")).extracting(f -> f.what() + " " + f.count()).containsExactly("killed 21");
    }

    @Test
    void a_count_the_sentence_opens_as_part_of_the_dead_is_no_toll() {
        assertThat(extract("part-among-the-dead")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "superseded-initial-toll, 30",
        "superseded-initially-given, ''",
        "superseded-earlier-report, ''",
        "earlier-event-not-superseded, 6"})
    void a_toll_a_later_one_replaced_is_no_figure(String id, String counts) {
        assertThat(extract(id)).extracting(f -> String.valueOf(f.count()))
                .containsExactly(counts.isEmpty() ? new String[0] : counts.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"killed-and-wounded", "killed-and-injured-object", "saved-lives"})
    void the_killed_and_wounded_together_and_lives_saved_are_no_toll(String id) {
        assertThat(extract(id)).isEmpty();
    }

    @Test
    void a_noun_the_lemmatiser_left_plural_is_still_counted() {
        assertOnlyFigure("troops-plural-lemma", "killed", 50, "nsubj:pass+execute");
    }

    @Test
    void a_bound_read_as_a_preposition_still_bounds_the_verbs_people() {
        assertThat(extractAligned(
                "1  ISIS      ISIS     _  NNP  _  3  nsubj       3:nsubj       NER=ORGANIZATION",
                "2  has       have     _  VBZ  _  3  aux         3:aux         _",
                "3  executed  execute  _  VBN  _  0  root        0:root        _",
                "4  around    around   _  IN   _  6  case        6:case        _",
                "5  367       367      _  CD   _  6  nummod      6:nummod      NER=NUMBER|Normalized=367.0",
                "6  people    person   _  NNS  _  3  obl:around  3:obl:around  SpaceAfter=No",
                "7  .         .        _  .    _  3  punct       3:punct       _"))
                .singleElement().satisfies(f -> assertThat(f).extracting(Figure::what, Figure::count, Figure::bound)
                        .containsExactly("killed", 367L, FigureBound.ABOUT));
    }

    @Test
    void people_the_parser_gave_to_a_closing_frame_as_its_subject_are_the_verbs_before_them() {
        assertThat(extractAligned(
                "1  Strikes   strike   _  NNS  _  2  nsubj   2:nsubj   _",
                "2  killed    kill     _  VBD  _  0  root    0:root    _",
                "3  seven     seven    _  CD   _  4  nummod  4:nummod  NER=NUMBER|Normalized=7.0",
                "4  people    person   _  NNS  _  7  nsubj   7:nsubj   _",
                "5  the       the      _  DT   _  6  det     6:det     _",
                "6  monitor   monitor  _  NN   _  7  dep     7:dep     _",
                "7  said      say      _  VBD  _  2  ccomp   2:ccomp   SpaceAfter=No",
                "8  .         .        _  .    _  2  punct   2:punct   _"))
                .extracting(f -> f.what() + " " + f.count()).containsExactly("killed 7");
        assertThat(extractAligned(
                "1   There    there   _  EX   _  2   expl    2:expl    _",
                "2   were     be      _  VBD  _  0   root    0:root    _",
                "3   dead     dead    _  JJ   _  4   amod    4:amod    _",
                "4   people   person  _  NNS  _  5   nsubj   5:nsubj   _",
                "5   wounded  wound   _  VBD  _  2   ccomp   2:ccomp   _",
                "6   people   person  _  NNS  _  9   nsubj   9:nsubj   _",
                "7   one      one     _  CD   _  8   nummod  8:nummod  NER=NUMBER|Normalized=1.0",
                "8   child    child   _  NN   _  9   nsubj   9:nsubj   _",
                "9   told     tell    _  VBD  _  5   ccomp   5:ccomp   _",
                "10  AFP      AFP     _  NNP  _  9   obj     9:obj     NER=ORGANIZATION|SpaceAfter=No",
                "11  .        .       _  .    _  2   punct   2:punct   _"))
                .as("the frame's own subject, not right after the verb, is no count").isEmpty();
    }
}
