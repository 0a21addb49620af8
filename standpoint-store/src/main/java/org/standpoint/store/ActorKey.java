package org.standpoint.store;

import org.standpoint.model.ActorCode;

/**
 * The actor a code counts for when positions and interactions are summed by country: {@code RUSGOV} and
 * {@code RUSMIL} are both Russia ({@code RUS}), while IGO and NGO codes stay whole because their first three
 * letters name a kind of body, not a country (see {@link ActorCode#summaryKey()}). The scorer keys stance
 * holders the same way. Text that is no actor code is its own key.
 */
public final class ActorKey {
    private ActorKey() {
    }

    public static String of(String code) {
        return ActorCode.parse(code).map(ActorCode::summaryKey).orElse(code);
    }
}
