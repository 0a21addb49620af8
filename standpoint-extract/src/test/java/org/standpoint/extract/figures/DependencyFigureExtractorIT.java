package org.standpoint.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.extract.actors.ActorResolver;
import org.standpoint.extract.actors.DictionaryActorResolver;
import org.standpoint.model.Annotation;
import org.standpoint.model.Figure;
import org.standpoint.model.FigureBound;
import org.standpoint.model.PartialDate;

/** Figure extraction on sentences written for these tests, parsed by the real CoreNLP models. */
class DependencyFigureExtractorIT {
    private static final PartialDate THURSDAY = PartialDate.parse("2012-03-08").orElseThrow();
    private static final FigureExtractor EXTRACTOR = new DependencyFigureExtractor();
    private static CoreNlpAnnotator annotator;
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
        resolver = DictionaryActorResolver.bundled();
    }

    static List<Figure> extract(String text) {
        Annotation a = annotator.annotate(text, THURSDAY);
        return EXTRACTOR.extract(a, text, resolver.resolve(a, text, THURSDAY), THURSDAY);
    }

    static Figure only(String text) {
        List<Figure> figures = extract(text);
        assertThat(figures).as("figures in: %s", text).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "More than 200 protesters were killed in the capital.|MORE_THAN|200",
        "Over 600 people died in the fighting near the border.|MORE_THAN|600",
        "At least 45 civilians were killed in the shelling.|AT_LEAST|45",
        "Up to 17 soldiers were killed in the ambush.|UP_TO|17",
        "Nearly 80 people were killed in the clashes.|ABOUT|80",
        "Some 250 people were killed in the riots.|ABOUT|250",
        "Gunmen killed 31 villagers in the raid.|EXACT|31"})
    void the_words_before_a_count_give_its_bound(String text, FigureBound bound, long count) {
        Figure f = only(text);
        assertThat(f.bound()).isEqualTo(bound);
        assertThat(f.count()).isEqualTo(count);
        assertThat(f.what()).isEqualTo("killed");
    }

    @Test
    void people_injured_in_a_blast_are_counted_as_wounded() {
        assertThat(only("Forty-one people were injured when the bomb went off.").what()).isEqualTo("wounded");
    }

    @Test
    void protesters_rounded_up_by_police_are_counted_as_arrested() {
        Figure f = only("Police rounded up 140 protesters outside the ministry.");
        assertThat(f.what()).isEqualTo("arrested");
        assertThat(f.count()).isEqualTo(140);
    }

    @Test
    void detained_students_are_counted_as_arrested() {
        assertThat(only("Security forces detained 60 students at the university.").what()).isEqualTo("arrested");
    }

    @Test
    void refugees_are_counted_by_their_noun() {
        Figure f = only("About 12,000 refugees crossed into Turkey last week.");
        assertThat(f.what()).isEqualTo("refugees");
        assertThat(f.count()).isEqualTo(12000);
        assertThat(f.bound()).isEqualTo(FigureBound.ABOUT);
    }

    @Test
    void displaced_people_are_counted_as_displaced() {
        assertThat(only("The floods displaced 2,500 people in the south.").what()).isEqualTo("displaced");
    }

    @Test
    void observers_in_a_team_are_counted_with_no_claimant() {
        Figure f = only("A team of 12 UN observers arrived in the capital on Monday.");
        assertThat(f.what()).isEqualTo("observers");
        assertThat(f.count()).isEqualTo(12);
        assertThat(f.claimant()).isNull();
    }

    @Test
    void a_strong_monitoring_mission_counts_observers() {
        Figure f = only("The council backed a 40-strong monitoring mission for the region.");
        assertThat(f.what()).isEqualTo("observers");
        assertThat(f.count()).isEqualTo(40);
    }

    @Test
    void the_speaker_who_says_a_toll_claims_it() {
        Figure f = only("The United Nations says more than 700 civilians have been killed in Yemen this year.");
        assertThat(f.claimant()).isEqualTo("IGOUNO");
        assertThat(f.claimantName()).isNotBlank();
        assertThat(f.evidence()).startsWith("The United Nations says");
    }

    @Test
    void the_source_after_according_to_claims_a_toll() {
        Figure f = only("At least 300 people have been killed since March, according to Amnesty International.");
        assertThat(f.claimant()).isEqualTo("NGOHRIAMN");
        assertThat(f.bound()).isEqualTo(FigureBound.AT_LEAST);
    }

    @Test
    void a_toll_the_article_states_itself_has_no_claimant() {
        Figure f = only("Egypt condemned the violence, which has killed at least 5,000 people.");
        assertThat(f.claimant()).isNull();
        assertThat(f.claimantName()).isNull();
    }

    @Test
    void two_speakers_in_one_sentence_claim_their_own_counts() {
        List<Figure> figures = extract("The United Nations says 900 people have been killed in Yemen, while "
                + "Yemen's government says rebels have killed 250 soldiers and police.");
        assertThat(figures).extracting(f -> f.count() + " " + f.claimant().substring(0, 3))
                .containsExactly("900 IGO", "250 YEM");
    }

    @Test
    void a_count_followed_by_who_said_it_is_claimed_by_the_speaker() {
        Figure f = only("Troops shot dead 14 protesters in the port city, activists said.");
        assertThat(f.what()).isEqualTo("killed");
        assertThat(f.claimantName()).isNotNull();
        assertThat(f.rule()).contains("say");
    }

    @Test
    void a_date_on_the_verb_is_the_figures_date() {
        Figure f = only("On Tuesday, police arrested 30 journalists in the capital.");
        assertThat(f.asOf()).isEqualTo(PartialDate.parse("2012-03-06").orElseThrow());
    }

    @Test
    void without_a_date_a_figure_is_as_of_the_month_of_publication() {
        assertThat(only("Police arrested 30 journalists in the capital.").asOf())
                .isEqualTo(PartialDate.parse("2012-03").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2011, 15 countries voted for the resolution.",
        "The draft fell short of the 11 of 15 votes it needed.",
        "Prices rose by 12 percent after the sanctions.",
        "Resolution 2043 was adopted 30 years after the war ended.",
        "The fund paid $4,000 to each of the families.",
        "Police detained dozens of protesters outside the embassy.",
        "The third protester killed was a 22-year-old student.",
        "The council has vetoed three resolutions on the crisis."})
    void numbers_that_count_nothing_of_interest_are_not_figures(String text) {
        assertThat(extract(text)).isEmpty();
    }
}
