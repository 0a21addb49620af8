package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.standpoint.annotate.corenlp.CoreNlpAnnotator;
import org.standpoint.annotate.corenlp.CoreNlpConfig;
import org.standpoint.annotate.corenlp.CoreNlpModels;
import org.standpoint.model.Annotation;
import org.standpoint.model.Mention;
import org.standpoint.model.PartialDate;

/** The resolver on sentences parsed by the real CoreNLP models; every sentence here is made up for the test. */
class DictionaryActorResolverIT {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(CoreNlpModels.shared(CoreNlpConfig.DEFAULT));
    private static final DictionaryActorResolver RESOLVER = DictionaryActorResolver.bundled();
    private static final PartialDate AUTUMN_2011 = PartialDate.parse("2011-10-03").orElseThrow();

    /** The mentions of one made-up article and its text, to look mentions up by what they cover. */
    private record Resolved(String text, List<Mention> mentions) {
        Mention of(String covered) {
            return find(covered).orElseThrow(() -> new AssertionError("no mention covers '" + covered + "' in " + describe()));
        }

        /** The mention whose text is {@code covered}, or else the first one containing it. */
        Optional<Mention> find(String covered) {
            Optional<Mention> exact = mentions.stream().filter(m -> m.span().of(text).equals(covered)).findFirst();
            return exact.isPresent() ? exact : mentions.stream().filter(m -> m.span().of(text).contains(covered)).findFirst();
        }

        Optional<Mention> last(String covered) {
            return mentions.stream().filter(m -> m.span().of(text).equals(covered)).reduce((a, b) -> b);
        }

        String describe() {
            return mentions.stream().map(m -> m.span().of(text) + "=" + m.code() + " (" + m.rule() + ")").toList().toString();
        }
    }

    private static Resolved resolve(String text, PartialDate date) {
        Annotation a = ANNOTATOR.annotate(text, date);
        return new Resolved(text, RESOLVER.resolve(a, text, date));
    }

    private static Resolved resolve(String text) {
        return resolve(text, AUTUMN_2011);
    }

    @Test
    void a_title_with_a_nationality_teaches_an_unknown_person() {
        Resolved r = resolve("Dutch Foreign Minister Maarten Velkamp met reporters on Monday. Velkamp said the talks had been useful.");
        Mention full = r.of("Dutch Foreign Minister Maarten Velkamp");
        assertThat(full.code()).isEqualTo("NLDGOV");
        assertThat(full.name()).isEqualTo("Maarten Velkamp");
        assertThat(full.role()).isEqualTo("Foreign Minister");
        assertThat(r.text().substring(full.span().start(), full.span().end())).endsWith("Velkamp");
        assertThat(r.last("Velkamp").orElseThrow().code()).as("the surname alone, later").isEqualTo("NLDGOV");
    }

    @Test
    void the_head_token_is_the_name_not_the_title() {
        String text = "Russian Foreign Minister Sergei Lavrov said Moscow would abstain.";
        Annotation a = ANNOTATOR.annotate(text, AUTUMN_2011);
        Mention m = RESOLVER.resolve(a, text, AUTUMN_2011).get(0);
        assertThat(m.span().of(text)).isEqualTo("Russian Foreign Minister Sergei Lavrov");
        assertThat(a.sentences().get(0).tokens().get(m.headToken()).word()).isEqualTo("Lavrov");
        assertThat(m.code()).isEqualTo("RUSGOV");
    }

    @Test
    void an_apposition_says_whom_an_unknown_person_acts_for() {
        Resolved r = resolve("Tomas Riebeck, head of the Free Syrian Army, told the meeting that fighting had spread. "
                + "Riebeck said rebels controlled two towns.");
        Mention person = r.of("Tomas Riebeck");
        assertThat(person.code()).isEqualTo("SYRREB");
        assertThat(person.name()).isEqualTo("Tomas Riebeck");
        assertThat(person.rule()).startsWith("apposition");
        assertThat(r.of("head").code()).isEqualTo("SYRREB");
        assertThat(r.last("Riebeck").orElseThrow().code()).isEqualTo("SYRREB");
    }

    @Test
    void a_person_named_without_title_or_dictionary_entry_gets_no_code() {
        Resolved r = resolve("Jonas Pikkarainen said the weather in the valley was fine.");
        assertThat(r.find("Pikkarainen")).isEmpty();
    }

    @Test
    void a_surname_alone_is_the_person_named_in_full_before() {
        Resolved r = resolve("Hillary Clinton arrived in Geneva on Friday. Clinton met aides at a hotel.", PartialDate.parse("2012-12-06").orElseThrow());
        Mention later = r.last("Clinton").orElseThrow();
        assertThat(later.code()).isEqualTo("USAGOV");
        assertThat(later.name()).isEqualTo("Hillary Clinton");
        assertThat(later.rule()).startsWith("named-before");
    }

    @Test
    void a_role_noun_refers_back_to_the_person_holding_the_role() {
        Resolved r = resolve("Foreign Minister Sergei Lavrov flew to Cairo on Sunday. The minister said talks would continue.");
        Mention minister = r.of("minister");
        assertThat(minister.code()).isEqualTo("RUSGOV");
        assertThat(minister.name()).isEqualTo("Sergei Lavrov");
        assertThat(minister.rule()).startsWith("role:minister");
    }

    @Test
    void a_counterpart_in_apposition_is_that_person() {
        Resolved r = resolve("Hillary Clinton met her Russian counterpart, Sergei Lavrov, at a hotel.", PartialDate.parse("2012-12-06").orElseThrow());
        Mention counterpart = r.of("Russian counterpart");
        assertThat(counterpart.code()).isEqualTo("RUSGOV");
        assertThat(counterpart.name()).isEqualTo("Sergei Lavrov");
    }

    @Test
    void capitals_and_seats_of_government_stand_for_the_government() {
        Resolved r = resolve("Moscow and Beijing blocked the draft on Tuesday. The Kremlin said talks in Moscow were postponed.");
        assertThat(r.of("Beijing").code()).isEqualTo("CHNGOV");
        assertThat(r.of("Kremlin").code()).isEqualTo("RUSGOV");
        assertThat(r.of("Kremlin").name()).isEqualTo("Russia");
        assertThat(r.last("Moscow").orElseThrow().code()).as("a place of talks is still a mention").isEqualTo("RUSGOV");
    }

    @Test
    void a_nationality_with_an_agent_noun_gives_country_and_sector() {
        Resolved r = resolve("Syrian security forces fired on protesters in the city. Syrian forces later withdrew, and the Syrian "
                + "government blamed armed gangs. Syria's government denied the reports. Turkish diplomats and Libyan rebels "
                + "condemned the attack.");
        assertThat(r.of("Syrian security forces").code()).isEqualTo("SYRCOP");
        assertThat(r.of("Syrian forces").code()).isEqualTo("SYRMIL");
        assertThat(r.of("Syrian government").code()).isEqualTo("SYRGOV");
        assertThat(r.of("Syria's government").code()).isEqualTo("SYRGOV");
        assertThat(r.of("Turkish diplomats").code()).isEqualTo("TURGOV");
        assertThat(r.of("Libyan rebels").code()).isEqualTo("LBYREB");
        assertThat(r.of("Syrian forces").name()).isEqualTo("Syria");
    }

    @Test
    void a_leader_named_before_an_agent_gives_his_country() {
        Resolved r = resolve("The Assad regime has lost control of the north, and Assad's opponents say so.");
        assertThat(r.of("Assad regime").code()).isEqualTo("SYRGOV");
        assertThat(r.of("Assad's opponents").code()).isEqualTo("SYROPP");
    }

    @Test
    void coordinated_owners_share_the_agent_noun() {
        Resolved r = resolve("U.S. and European officials met in Geneva on Monday.");
        Mention us = r.of("U.S.");
        assertThat(us.code()).isEqualTo("USAGOV");
        assertThat(us.rule()).startsWith("coordination");
        assertThat(r.of("European officials").code()).isEqualTo("EUR");
    }

    @Test
    void coordinated_agent_nouns_share_the_head_and_the_country() {
        Resolved r = resolve("Syrian troops shelled the town. Clashes between government and opposition forces continued.");
        assertThat(r.of("government").code()).isEqualTo("SYRMIL");
        assertThat(r.of("opposition forces").code()).isEqualTo("SYRREB");
    }

    @Test
    void a_subject_pronoun_refers_to_the_last_compatible_subject() {
        Resolved r = resolve("Russia vetoed the resolution on Tuesday. It said the text was unbalanced.");
        Mention it = r.of("It");
        assertThat(it.code()).isEqualTo("RUS");
        assertThat(it.rule()).startsWith("pronoun");
        Resolved s = resolve("Hillary Clinton arrived in Geneva on Friday. She met reporters at a hotel.", PartialDate.parse("2012-12-06").orElseThrow());
        assertThat(s.of("She").code()).isEqualTo("USAGOV");
        assertThat(s.of("She").name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void a_pronoun_whose_nearest_subject_is_no_actor_is_left_alone() {
        Resolved r = resolve("Russia rejected the plan. The plan failed because it ignored the rebels.");
        assertThat(r.find("it")).isEmpty();
    }

    @Test
    void a_bare_ministry_takes_the_country_of_its_minister() {
        Resolved r = resolve("Foreign Minister Ahmet Davutoglu spoke to reporters in Ankara. The Foreign Ministry later said the border "
                + "would stay open. The ministry added that talks would go on.");
        Mention ministry = r.of("Foreign Ministry");
        assertThat(ministry.code()).isEqualTo("TURGOV");
        assertThat(ministry.rule()).isEqualTo("agent:foreign ministry+minister:Ahmet Davutoğlu:TUR");
        assertThat(r.of("ministry").code()).as("the ministry, after the Foreign Ministry").isEqualTo("TURGOV");
    }

    @Test
    void bare_agents_of_a_conflict_take_the_country_of_that_conflict() {
        Resolved r = resolve("Syrian forces shelled the town of Rastan. Activists said security forces arrested dozens of people.");
        assertThat(r.of("Activists").code()).isEqualTo("SYROPP");
        assertThat(r.of("security forces").code()).isEqualTo("SYRCOP");
        assertThat(r.of("people").code()).isEqualTo("SYRCVL");
        assertThat(r.of("security forces").rule()).contains("SYR");
    }

    @Test
    void a_bare_agent_with_no_country_in_sight_is_skipped() {
        Resolved r = resolve("Protesters gathered in the square on Sunday.");
        assertThat(r.mentions()).isEmpty();
    }

    @Test
    void the_country_and_the_alliance_refer_back() {
        Resolved r = resolve("NATO began air strikes in March. Russia said the alliance had exceeded its mandate and that the country "
                + "would not support another resolution.");
        assertThat(r.of("alliance").code()).isEqualTo("IGOWSTNAT");
        assertThat(r.of("country").code()).isEqualTo("RUS");
    }

    @Test
    void the_role_a_person_held_depends_on_the_article_date() {
        String text = "Alain Juppe said France would act. Ban Ki-moon welcomed the decision.";
        Resolved in1996 = resolve(text, PartialDate.parse("1996-03-01").orElseThrow());
        Resolved in2011 = resolve(text, PartialDate.parse("2011-07-07").orElseThrow());
        Resolved in2009 = resolve(text, PartialDate.parse("2009-06").orElseThrow());
        assertThat(in1996.of("Alain Juppe")).extracting(Mention::code, Mention::role).containsExactly("FRAGOV", "Prime Minister");
        assertThat(in2011.of("Alain Juppe")).extracting(Mention::code, Mention::role).containsExactly("FRAGOV", "Foreign Minister");
        assertThat(in2009.of("Alain Juppe").code()).isEqualTo("FRAELI");
        assertThat(in1996.of("Ban Ki-moon").code()).isEqualTo("KORELI");
        assertThat(in2011.of("Ban Ki-moon").code()).isEqualTo("IGOUNO");
    }

    @Test
    void without_a_date_the_latest_role_counts() {
        Resolved r = resolve("Ban Ki-moon welcomed the decision.", null);
        assertThat(r.of("Ban Ki-moon").code()).isEqualTo("IGOUNO");
    }

    @Test
    void mentions_come_in_text_order_and_never_overlap() {
        Resolved r = resolve("Syrian President Bashar al-Assad told U.N. Secretary-General Ban Ki-moon that Syrian troops and "
                + "police had left Hama, and the Arab League and Turkey welcomed it.");
        List<Mention> ms = r.mentions();
        for (int i = 1; i < ms.size(); i++) {
            Mention a = ms.get(i - 1);
            Mention b = ms.get(i);
            assertThat(a.sentence() < b.sentence() || a.lastToken() < b.firstToken()).as(a + " before " + b).isTrue();
        }
        assertThat(r.of("Syrian President Bashar al-Assad")).extracting(Mention::code, Mention::name, Mention::role)
                .containsExactly("SYRGOV", "Bashar al-Assad", "President");
        assertThat(r.of("Ban Ki-moon").code()).isEqualTo("IGOUNO");
        assertThat(r.of("Arab League").code()).isEqualTo("IGOMEAARL");
    }
}
