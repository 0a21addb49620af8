package org.standpoint.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.standpoint.extract.events.EventFixtures.code;
import static org.standpoint.extract.events.EventFixtures.triples;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Event;
import org.standpoint.model.Modality;

/** The PETRARCH verb dictionary and the nominal events, matched on stored parses: one test per pattern family. */
class PetrarchPatternsTest {
    @Test
    void an_object_word_of_a_pattern_refines_the_verbs_code() {
        assertThat(code("petrarch-object-word")).singleElement().satisfies(e -> {
            assertThat(e).extracting(Event::source, Event::cameo, Event::target).containsExactly("EGY", "012", "ISR");
            assertThat(e.provenance().entries()).contains("petrarch-verbs:express", "petrarch-verbs:explain_verbal - * concern");
        });
    }

    @Test
    void a_verb_with_a_particle_is_the_several_word_verb_of_the_dictionary() {
        assertThat(triples("petrarch-particle-verb")).containsExactly("CHL 160 PER");
    }

    @Test
    void a_code_with_a_colon_codes_the_targets_act_on_the_source_too() {
        assertThat(triples("petrarch-reciprocal-code")).containsExactlyInAnyOrder("TUR 042 IRN", "IRN 043 TUR");
    }

    @Test
    void a_statement_past_the_lead_attributes_rather_than_states() {
        assertThat(code("petrarch-statement-after-lead")).noneMatch(e -> e.cameo().equals("010"));
    }

    @Test
    void a_nominal_attack_takes_its_owner_as_source_and_its_object_as_target() {
        assertThat(triples("nominal-force-with-owner")).containsExactly("RUS 195 TUR");
    }

    @Test
    void a_killing_without_an_agent_is_done_by_the_owner_of_the_means_named() {
        assertThat(triples("means-of-violence")).containsExactly("DZA 190 MLI");
    }

    @Test
    void a_story_with_a_discard_phrase_is_not_coded() {
        assertThat(code("discarded-sports-story")).isEmpty();
    }

    @Test
    void an_intended_meeting_is_an_intent_to_meet() {
        assertThat(code("intended-meeting")).singleElement().satisfies(e -> assertThat(e)
                .extracting(Event::cameo, Event::modality).containsExactly("036", Modality.INTENDED));
    }

    @Test
    void intended_or_threatened_force_and_pressure_are_threats_of_that_act() {
        assertThat(code("intended-attack")).filteredOn(e -> e.modality() != Modality.ASSERTED)
                .extracting(Event::cameo, Event::modality).containsExactly(tuple("1384", Modality.INTENDED));
        assertThat(code("threatened-sanctions")).filteredOn(e -> e.modality() != Modality.ASSERTED)
                .extracting(Event::cameo, Event::modality).containsExactly(tuple("1312", Modality.THREATENED));
    }

    @Test
    void an_act_someone_is_unlikely_to_do_is_not_coded() {
        assertThat(code("unlikely-to-condemn")).noneMatch(e -> e.cameo().startsWith("11"));
    }

    @Test
    void a_question_codes_nothing() {
        assertThat(code("questioned-attack")).isEmpty();
    }

    @Test
    void the_discard_list_matches_whole_words_and_stems() {
        Discards d = Discards.bundled();
        assertThat(d.discardsStory(List.of("Brazil", "won", "the", "World", "Cup"))).isTrue();
        assertThat(d.discardsSentence(List.of("the", "defending", "champions", "lost"))).isTrue();
        assertThat(d.discardsSentence(List.of("Russia", "attacked", "Georgia"))).isFalse();
    }
}
