package org.standpoint.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standpoint.extract.actors.ActorFixtures.resolve;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Mention;

/** Personal pronouns resolved to an earlier actor by agreement and recency ({@link Pronouns}). */
class PronounsTest {
    @Test
    void he_refers_to_an_unnamed_man_named_as_the_subject_before_it() {
        Mention he = resolve("pronoun-he-for-an-unnamed-man").of("he");
        assertThat(he).extracting(Mention::code, Mention::rule).containsExactly("FRACVL", "pronoun:he->France");
        assertThat(he.provenance().entries()).contains("coref:nearest-subject");
    }

    @Test
    void an_object_pronoun_never_refers_to_the_subject_of_its_own_clause() {
        assertThat(resolve("pronoun-him-not-the-subject-of-its-clause").of("him"))
                .extracting(Mention::code, Mention::name).containsExactly("SYRGOV", "Bashar al-Assad");
    }

    @Test
    void he_looks_past_a_subject_that_cannot_be_a_person() {
        Mention he = resolve("pronoun-he-past-a-subject-that-is-no-person").of("he");
        assertThat(he).extracting(Mention::code, Mention::name).containsExactly("RUSGOV", "Sergei Lavrov");
        assertThat(he.provenance().entries()).contains("coref:recent");
    }

    @Test
    void he_after_a_person_no_dictionary_knows_is_left_unresolved() {
        assertThat(resolve("pronoun-he-stopped-by-an-unknown-person").find("he")).isEmpty();
    }

    @Test
    void an_actor_named_inside_a_quotation_is_no_antecedent() {
        assertThat(resolve("pronoun-not-into-quotations").find("He")).isEmpty();
    }

    @Test
    void he_refers_to_a_person_named_inside_a_larger_mention() {
        assertThat(resolve("pronoun-for-a-person-named-inside-a-mention").of("He"))
                .extracting(Mention::code, Mention::name).containsExactly("SYRGOV", "Bashar al-Assad");
    }

    @Test
    void it_refers_to_a_named_organisation_whose_name_ends_in_a_plural() {
        assertThat(resolve("named-organisation-is-one-body").of("it"))
                .extracting(Mention::code, Mention::name).containsExactly("DZAEDU", "National Union of Teachers");
    }

    @Test
    void she_refers_to_a_person_whose_office_an_apposition_names() {
        assertThat(resolve("apposition-with-an-agent-noun").of("she")).extracting(Mention::name).isEqualTo("Amaka Eze");
    }
}
