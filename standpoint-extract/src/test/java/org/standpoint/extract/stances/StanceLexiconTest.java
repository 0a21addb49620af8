package org.standpoint.extract.stances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standpoint.model.Polarity;

class StanceLexiconTest {
    private final StanceLexicon lexicon = StanceLexicon.bundled();

    @Test
    void every_scored_policy_has_cues() {
        assertThat(lexicon.cues()).extracting(StanceLexicon.Cue::policy).contains("leader_exit", "sanctions",
                "military_intervention", "un_condemnation", "negotiations", "peace_plan", "monitoring_mission", "reforms");
    }

    @Test
    void noninterference_names_the_opposite_of_intervention() {
        assertThat(lexicon.cues()).filteredOn(c -> c.lemmas().equals(java.util.List.of("noninterference")))
                .singleElement().satisfies(c -> assertThat(c.inverse()).isTrue());
    }

    @Test
    void longer_phrases_come_first() {
        assertThat(lexicon.cues().get(0).lemmas().size()).isGreaterThan(1);
        assertThat(lexicon.predicates()).anySatisfy(p -> {
            assertThat(p.lemmas()).containsExactly("oppose");
            assertThat(p.polarity()).isEqualTo(Polarity.OPPOSE);
        });
    }

    @org.junit.jupiter.api.Test
    void a_users_policies_file_adds_policies_and_phrasings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path mine = java.nio.file.Files.writeString(dir.resolve("mine.tsv"), "# mine\nceasefire\tceasefire\nceasefire\ttruce\n");
        StanceLexicon lexicon = StanceLexicon.bundled().withPolicies(mine);
        org.assertj.core.api.Assertions.assertThat(lexicon.cues()).anyMatch(c -> c.policy().equals("ceasefire") && c.lemmas().equals(java.util.List.of("truce")));
        org.assertj.core.api.Assertions.assertThat(lexicon.cues()).anyMatch(c -> c.policy().equals("sanctions"));
    }

    @org.junit.jupiter.api.Test
    void a_malformed_row_in_a_users_policies_file_names_file_and_line(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path mine = java.nio.file.Files.writeString(dir.resolve("mine.tsv"), "ceasefire\ttruce\nceasefire-without-cue\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StanceLexicon.bundled().withPolicies(mine))
                .hasMessageContaining("mine.tsv, line 2");
    }

    @Test
    void predicates_may_leave_the_holder_undecided_or_state_no_position() {
        assertThat(lexicon.predicates()).anySatisfy(p -> {
            assertThat(p.lemmas()).containsExactly("mull", "over");
            assertThat(p.polarity()).isEqualTo(Polarity.UNDECIDED);
            assertThat(p.none()).isFalse();
        });
        assertThat(lexicon.predicates()).anySatisfy(p -> {
            assertThat(p.lemmas()).containsExactly("stop", "short", "of");
            assertThat(p.none()).isTrue();
        });
    }

    @Test
    void a_cue_may_name_its_policy_only_as_a_noun_or_only_by_referring_back() {
        assertThat(lexicon.cues()).filteredOn(c -> c.lemmas().equals(java.util.List.of("draft")))
                .singleElement().satisfies(c -> assertThat(c.noun()).isTrue());
        assertThat(lexicon.cues()).filteredOn(c -> c.lemmas().equals(java.util.List.of("agreement")))
                .singleElement().satisfies(c -> assertThat(c).extracting(StanceLexicon.Cue::policy,
                        StanceLexicon.Cue::noun, StanceLexicon.Cue::reference).containsExactly("peace_plan", true, true));
    }

    @Test
    void an_unknown_flag_in_a_users_policies_file_names_file_and_line(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path mine = java.nio.file.Files.writeString(dir.resolve("mine.tsv"), "ceasefire\ttruce\tnoun sometimes\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StanceLexicon.bundled().withPolicies(mine))
                .hasMessageContaining("mine.tsv, line 1").hasMessageContaining("sometimes");
    }
}
