package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.actors.ActorFixtures.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.extract.actors.ActorFixtures.Resolved;
import org.standpoint.model.Mention;

/** Where an unnamed agent's country comes from: the dateline, the place its sentence names, its complement. */
class CountryEvidenceTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
        "dateline-with-agency, Gunmen, AFGUAF, agent:gunman+dateline:AFG",
        "dateline-with-agency, officials, AFGGOV, agent:official+dateline:AFG",
        "dateline-of-a-capital, Prosecutors, ECUJUD, agent:prosecutor+dateline:ECU"})
    void an_unnamed_agent_takes_the_country_of_the_dateline(String id, String phrase, String code, String rule) {
        assertThat(resolve(id).of(phrase)).extracting(Mention::code, Mention::rule).containsExactly(code, rule);
    }

    @Test
    void the_places_and_agency_of_a_dateline_are_no_mentions() {
        assertThat(resolve("dateline-with-agency").mentions()).extracting(Mention::name).doesNotContain("Reuters")
                .hasSize(3);
        assertThat(resolve("dateline-of-a-capital").mentions()).hasSize(1);
    }

    @Test
    void a_name_before_a_colon_that_is_no_place_is_no_dateline() {
        assertThat(resolve("headline-before-a-colon").of("NATO").code()).isEqualTo("IGOWSTNAT");
    }

    @Test
    void an_unnamed_agent_takes_the_country_its_sentence_names_as_a_place() {
        Resolved r = resolve("place-in-the-sentence");
        assertThat(r.of("three soldiers")).extracting(Mention::code, Mention::rule).containsExactly("NGAMIL", "agent:soldier+place:NGA");
        assertThat(r.of("military source").code()).isEqualTo("NGAMIL");
    }

    @Test
    void a_place_named_in_another_clause_says_nothing_of_the_agent() {
        assertThat(resolve("place-in-another-clause").of("protesters")).extracting(Mention::code, Mention::rule)
                .containsExactly("SYROPP", "agent:protester+domestic:SYR");
    }

    @Test
    void an_agent_from_a_country_is_of_that_country() {
        Resolved r = resolve("origin-of-an-agent");
        assertThat(r.of("man")).extracting(Mention::code, Mention::rule).containsExactly("VNMCVL", "agent:man+origin:VNM");
        assertThat(r.of("police").code()).isEqualTo("TWNCOP");
    }

    @Test
    void a_news_agency_says_nothing_of_where_the_story_is() {
        assertThat(resolve("news-agency-is-no-evidence").mentions()).extracting(Mention::code).containsExactly("COP", "FRAMED");
    }

    @Test
    void witnesses_and_drones_are_agents_of_the_place_named() {
        Resolved r = resolve("witnesses-and-a-drone");
        assertThat(r.of("witnesses").code()).isEqualTo("IRQCVL");
        assertThat(r.of("Two drones").code()).isEqualTo("IRQMIL");
    }

    @Test
    void a_countrys_hospitals_belong_where_its_conflict_is_not_to_the_power_named_nearby() {
        assertThat(resolve("hospitals-belong-to-the-conflict").of("two hospitals")).extracting(Mention::code, Mention::rule)
                .containsExactly("SYRHLH", "agent:hospital+domestic:SYR");
    }
}
