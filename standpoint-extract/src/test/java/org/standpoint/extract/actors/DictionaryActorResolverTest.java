package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.actors.ActorFixtures.RESOLVER;
import static org.standpoint.extract.actors.ActorFixtures.resolve;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.extract.actors.ActorFixtures.Resolved;
import org.standpoint.model.ActorCode;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;
import org.standpoint.testkit.AnnotatedDocument;
import org.standpoint.testkit.ConlluReader;

/** Names, titles and the people they teach: the resolver's first pass, on parses stored as CoNLL-U. */
class DictionaryActorResolverTest {
    private static Resolved resolveAligned(String... lines) {
        AnnotatedDocument d = ConlluReader.read(ConlluReader.aligned(lines)).get(0);
        return resolve(new AnnotatedDocument(d.id(), d.body(), d.annotation(), PartialDate.parse("2012-02-01").orElseThrow()));
    }

    @Test
    void a_nationality_and_an_agent_noun_make_one_mention_headed_by_the_noun() {
        Resolved r = resolveAligned(
                "1  Syrian   Syrian  _  JJ   _  2  amod   2:amod   _",
                "2  forces   force   _  NNS  _  3  nsubj  3:nsubj  _",
                "3  shelled  shell   _  VBD  _  0  root   0:root   _",
                "4  Homs     Homs    _  NNP  _  3  obj    3:obj    NER=LOCATION");
        assertThat(r.mentions()).extracting(Mention::code).containsExactly("SYRMIL", "SYR");
        Mention forces = r.mentions().get(0);
        assertThat(forces.firstToken()).isZero();
        assertThat(forces.lastToken()).isEqualTo(1);
        assertThat(forces.headToken()).isEqualTo(1);
        assertThat(forces.name()).isEqualTo("Syria");
        assertThat(forces.rule()).isEqualTo("agent:force+dictionary:SYR-names");
    }

    @Test
    void a_sentence_the_parser_skipped_still_gets_its_names() {
        Resolved r = resolveAligned(
                "1  Lavrov   Lavrov   _  NNP  _  _  _  _  NER=PERSON",
                "2  met      meet     _  VBD  _  _  _  _  _",
                "3  Ban      Ban      _  NNP  _  _  _  _  NER=PERSON",
                "4  Ki-moon  Ki-moon  _  NNP  _  _  _  _  NER=PERSON",
                "5  in       in       _  IN   _  _  _  _  _",
                "6  Vienna   Vienna   _  NNP  _  _  _  _  NER=LOCATION");
        assertThat(r.mentions()).extracting(Mention::code).containsExactly("RUSGOV", "IGOUNO", "AUTGOV");
    }

    @Test
    void lower_case_words_are_no_names() {
        Resolved r = resolveAligned(
                "1  They    they    _  PRP  _  2  nsubj  2:nsubj  _",
                "2  told    tell    _  VBD  _  0  root   0:root   _",
                "3  us      we      _  PRP  _  2  obj    2:obj    _",
                "4  about   about   _  IN   _  5  case   5:case   _",
                "5  turkey  turkey  _  NN   _  2  obl    2:obl:about  _");
        assertThat(r.mentions()).isEmpty();
    }

    @Test
    void a_place_before_based_says_where_a_body_sits_not_whose_it_is() {
        Resolved r = resolve("seat-participle");
        assertThat(r.mentions()).as(r.describe()).noneMatch(m -> m.code().startsWith("GBR") && m.span().of(r.text()).contains("monitor"));
    }

    @Test
    void a_spokesman_for_a_body_is_of_that_bodys_country_not_of_the_spokesman_named_before() {
        Resolved r = resolve("proxy-for");
        assertThat(r.mentions()).as(r.describe()).filteredOn(m -> m.span().of(r.text()).contains("spokesman"))
                .extracting(m -> m.code().substring(0, 3)).containsExactly("FRA", "GBR");
    }

    @Test
    void a_pronoun_or_question_word_names_nobody_unless_written_as_an_acronym() {
        Resolved r = resolve("function-word-or-acronym");
        assertThat(r.mentions()).as(r.describe()).extracting(m -> m.span().of(r.text()) + "=" + m.code())
                .containsExactly("WHO=IGOUNOHLHWHO", "40 people=CVL");
    }

    @Test
    void a_national_bodys_acronym_names_it_only_where_the_article_names_its_country() {
        Resolved alone = resolve("acronym-without-its-country");
        assertThat(alone.mentions()).as(alone.describe()).noneMatch(m -> m.code().startsWith("SYR"));
        Resolved supported = resolve("acronym-with-its-country");
        assertThat(supported.mentions()).as(supported.describe()).filteredOn(m -> m.span().of(supported.text()).contains("SNC"))
                .extracting(Mention::code).containsOnly("SYROPP").hasSize(2);
    }

    @Test
    void rep_and_sen_before_a_name_are_titles_of_legislators() {
        Resolved r = resolve("legislator-title");
        assertThat(r.of("Jane Whitfield").code()).as(r.describe()).isEqualTo("USALEG");
        assertThat(r.of("Mark Ellison").code()).as(r.describe()).isEqualTo("USALEG");
    }

    @Test
    void a_carrier_outside_military_news_is_a_business() {
        Resolved r = resolve("airline-carrier");
        assertThat(r.of("carrier").code()).as(r.describe()).isEqualTo("AREBUS");
    }

    @Test
    void an_officer_of_a_company_is_not_a_member_of_the_government_named_before() {
        Resolved r = resolve("company-officer");
        assertThat(r.mentions()).as(r.describe())
                .noneMatch(m -> (m.span().of(r.text()).contains("Warden") || m.span().of(r.text()).contains("Calhoun"))
                        && m.code().endsWith("GOV"));
    }

    @Test
    void an_envoy_acts_for_the_country_that_sends_him_not_for_the_one_he_is_sent_to() {
        Resolved r = resolve("envoy-to-host");
        assertThat(r.of("Lena Marsh").code()).as(r.describe()).isEqualTo("USAGOV");
    }

    @Test
    void a_company_named_after_a_town_or_region_is_not_of_that_places_country() {
        Resolved r = resolve("company-named-after-place");
        assertThat(r.mentions()).as(r.describe()).noneMatch(m -> m.code().startsWith("ESP"));
    }

    @Test
    void a_title_word_that_is_the_surname_of_someone_named_before_is_that_person_not_a_title_holder() {
        Resolved r = resolve("surname-like-title");
        assertThat(r.mentions()).as(r.describe()).noneMatch(m -> m.span().of(r.text()).equals("King") && m.rule().startsWith("agent:"));
    }

    @Test
    void a_title_owned_by_the_country_named_as_a_reference_is_of_that_country() {
        Resolved r = resolve("possessive-country-reference");
        assertThat(r.of("Volodymyr Zelensky").code()).as(r.describe()).isEqualTo("UKRGOV");
    }

    @Test
    void civilians_belong_where_people_at_home_were_named_not_to_the_foreign_jets_that_bomb_them() {
        Resolved r = resolve("civilians-not-of-the-bombers");
        assertThat(r.of("jets").code()).as(r.describe()).isEqualTo("RUSMIL");
        assertThat(r.of("civilians").code()).as(r.describe()).isEqualTo("SYRCVL");
    }

    @Test
    void an_empty_article_has_no_mentions() {
        assertThat(RESOLVER.resolve(Annotation.empty(), "", null)).isEmpty();
    }

    @Test
    void capitals_and_seats_of_government_stand_for_the_government() {
        Resolved r = resolve("capitals-and-seats");
        assertThat(r.of("Beijing")).extracting(Mention::code, Mention::rule).containsExactly("CHNGOV", "dictionary:CHN-seat");
        assertThat(r.of("Kremlin")).extracting(Mention::code, Mention::name).containsExactly("RUSGOV", "Russia");
        assertThat(r.last("Moscow").orElseThrow().code()).as("a place of talks is still a mention").isEqualTo("RUSGOV");
    }

    @ParameterizedTest(name = "{0}: {1} is {2} ({3})")
    @CsvSource({
        "roles-in-1996, Alain Juppe, FRAGOV, Prime Minister",
        "roles-in-2011, Alain Juppe, FRAGOV, Foreign Minister",
        "roles-in-2009, Alain Juppe, FRAELI, ",
        "roles-in-1996, Ban Ki-moon, KORELI, ",
        "roles-in-2011, Ban Ki-moon, IGOUNO, UN Secretary-General",
        "roles-undated, Ban Ki-moon, IGOUNO, UN Secretary-General"})
    void the_role_a_person_held_depends_on_the_article_date_and_without_one_the_latest_counts(String id, String name,
                                                                                            String code, String role) {
        assertThat(resolve(id).of(name)).extracting(Mention::code, Mention::role).containsExactly(code, role);
    }

    @Test
    void a_title_before_a_known_name_joins_the_mention_whose_head_is_the_name() {
        AnnotatedDocument d = ActorFixtures.DOCUMENTS.get("title-with-known-name");
        Mention m = resolve(d).of("Russian Foreign Minister Sergei Lavrov");
        assertThat(m).extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("RUSGOV", "Sergei Lavrov", "Foreign Minister", "dictionary:sergey-lavrov");
        assertThat(d.annotation().sentences().get(0).tokens().get(m.headToken()).word()).isEqualTo("Lavrov");
    }

    @Test
    void a_title_with_a_nationality_teaches_an_unknown_person() {
        Resolved r = resolve("title-teaches-unknown-person");
        assertThat(r.of("Dutch Foreign Minister Maarten Velkamp"))
                .extracting(Mention::code, Mention::name, Mention::role, Mention::rule)
                .containsExactly("NLDGOV", "Maarten Velkamp", "Foreign Minister", "title:foreign minister+Netherlands");
    }

    @Test
    void a_person_learned_from_a_title_is_known_by_surname_later() {
        Mention later = resolve("title-teaches-unknown-person").last("Velkamp").orElseThrow();
        assertThat(later).extracting(Mention::code, Mention::name, Mention::rule)
                .containsExactly("NLDGOV", "Maarten Velkamp", "named-before:Maarten Velkamp");
    }

    @Test
    void a_title_without_a_nationality_takes_the_country_from_context() {
        Mention m = resolve("title-without-owner").of("Foreign Minister Maarten Velkamp");
        assertThat(m).extracting(Mention::code, Mention::role, Mention::rule)
                .containsExactly("NORGOV", "Foreign Minister", "agent:foreign minister+colleague:Norway:NOR");
    }

    @Test
    void a_definite_role_noun_is_not_the_holder_named_in_its_own_clause() {
        Mention m = resolve("colleague-of-the-government").of("prime minister");
        assertThat(m).extracting(Mention::code, Mention::name).containsExactly("NORGOV", "Erik Solvang");
    }

    @Test
    void a_minister_without_a_nationality_belongs_to_the_government_named_last_not_to_the_countries_around_it() {
        assertCodeAndRule(resolve("colleague-of-the-government").of("Foreign Minister Kari Haugen"),
                "NORGOV", "agent:foreign minister+colleague:Erik Solvang:NOR");
    }

    private static void assertCodeAndRule(Mention m, String code, String rule) {
        assertThat(m).extracting(Mention::code, Mention::rule).containsExactly(code, rule);
    }

    @Test
    void the_leader_of_a_named_party_is_placed_by_the_government_named_before_not_by_the_conflict() {
        Mention m = resolve("named-party-leader").of("Opposition Green Party leader Anna Fielding");
        assertThat(m.code()).isEqualTo("GBROPP");
    }

    @Test
    void an_owner_whose_apostrophe_was_lost_is_read_inside_the_entity_of_what_it_owns() {
        assertCodeAndRule(resolve("owner-without-apostrophe-organisation").of("UNs Commission of Inquiry"),
                "IGOUNO", "agent:commission of inquiry+dictionary:united-nations");
    }

    @Test
    void an_organisation_no_dictionary_knows_takes_the_sector_of_the_body_it_is() {
        assertThat(ActorCode.of(resolve("professional-body").of("Quetta District Bar Association").code()).sectors())
                .contains("JUD");
    }

    @Test
    void an_indefinite_role_noun_refers_back_to_no_one() {
        assertThat(resolve("indefinite-role-noun").find("former trade minister").map(Mention::name))
                .isNotEqualTo(java.util.Optional.of("Boris Johnson"));
    }

    @Test
    void an_agent_after_a_list_of_countries_belongs_to_none_of_them() {
        assertCodeAndRule(resolve("countries-listed").of("Diplomats"), "GOV", "agent:diplomat+list");
    }

    @Test
    void a_name_after_the_country_closing_a_title_is_read_even_inside_one_entity() {
        assertCodeAndRule(resolve("name-after-country-complement").of("Staffan de Mistura"),
                "IGOUNO", "dictionary:staffan-de-mistura");
    }

    @Test
    void a_national_institution_named_alone_belongs_to_its_own_country() {
        assertThat(resolve("national-institution").of("Congress").code()).isEqualTo("USALEG");
    }

    @Test
    void a_person_learned_from_a_title_without_a_nationality_keeps_the_name_read() {
        assertThat(resolve("title-without-owner").of("Foreign Minister Maarten Velkamp").name()).isEqualTo("Maarten Velkamp");
    }

    @Test
    void an_activist_learned_from_a_title_is_of_the_country_in_context_and_keeps_the_name_read() {
        assertThat(resolve("activist-learned-from-a-title").of("activist Anna Lindqvist"))
                .extracting(Mention::code, Mention::name, Mention::role).containsExactly("HKGOPP", "Anna Lindqvist", "activist");
        assertThat(resolve("activist-learned-from-a-title").of("she").name()).isEqualTo("Anna Lindqvist");
    }

    @Test
    void a_person_named_without_title_or_dictionary_entry_gets_no_mention() {
        assertThat(resolve("name-without-title").mentions()).isEmpty();
    }

    @Test
    void a_surname_alone_is_the_person_named_in_full_before() {
        Mention later = resolve("surname-named-before").last("Clinton").orElseThrow();
        assertThat(later).extracting(Mention::code, Mention::name, Mention::rule)
                .containsExactly("USAGOV", "Hillary Clinton", "named-before:Hillary Clinton");
    }

    @Test
    void mentions_come_in_text_order_and_never_overlap() {
        List<Mention> ms = resolve("mentions-in-order").mentions();
        for (int i = 1; i < ms.size(); i++) {
            Mention a = ms.get(i - 1);
            Mention b = ms.get(i);
            assertThat(a.sentence() < b.sentence() || a.lastToken() < b.firstToken()).as(a + " before " + b).isTrue();
        }
        assertThat(ms).extracting(Mention::code)
                .containsExactly("SYRGOV", "IGOUNO", "SYRMIL", "SYRCOP", "IGOMEAARL", "TUR");
    }

    @Test
    void a_dictionary_title_inside_the_name_gives_the_role() {
        assertThat(resolve("mentions-in-order").of("U.N. Secretary-General Ban Ki-moon"))
                .extracting(Mention::code, Mention::name, Mention::role)
                .containsExactly("IGOUNO", "Ban Ki-moon", "U.N. Secretary-General");
    }
}
