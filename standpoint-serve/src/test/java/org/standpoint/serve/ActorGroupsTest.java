package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.standpoint.store.ActorSummaries.Actor;

class ActorGroupsTest {
    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"SYR, SYR", "SYRGOV, SYR", "SYRGOVLEG, SYR", "SYROPP, SYROPP", "SYRMIL, SYRMIL", "SYRMILGOV, SYRMIL",
            "SYRREB, SYRREB", "RUSMED, RUSMED", "IGOUNO, IGOUNO", "IGOMEAARL, IGOMEAARL", "NGOHRIAMN, NGOHRIAMN",
            "WST, WST", "the rebels, the rebels"})
    void government_opposition_army_and_media_are_groups_apart_and_organisations_whole(String code, String group) {
        assertThat(ActorGroups.of(code)).isEqualTo(group);
    }

    @Test
    void a_group_is_named_as_its_code_says_else_after_its_own_code_else_its_most_active_code() {
        List<Actor> actors = List.of(new Actor("SYRGOV", "the Syrian government", 9, 1, 1, 1, 1),
                new Actor("SYROPP", "the Syrian opposition", 5, 1, 1, 1, 1), new Actor("SYR", "Syria", 3, 0, 0, 0, 0),
                new Actor("RUSGOV", "Russia", 4, 1, 1, 1, 1), new Actor("QQQ", "Freedonia", 2, 1, 0, 0, 0),
                new Actor("ZZZOPP", "the Sylvanian opposition", 2, 1, 0, 0, 0));
        // The name table names Syria's and Russia's groups; codes it does not know keep the store's names.
        assertThat(ActorGroups.names(actors)).containsEntry("SYR", "Syria").containsEntry("SYROPP", "Syrian opposition")
                .containsEntry("RUS", "Russia").containsEntry("QQQ", "Freedonia")
                .containsEntry("ZZZOPP", "the Sylvanian opposition");
    }
}
