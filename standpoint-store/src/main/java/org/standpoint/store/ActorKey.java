package org.standpoint.store;

/**
 * The actor a code counts for when positions and interactions are summed by country: {@code RUSGOV} and
 * {@code RUSMIL} are both Russia ({@code RUS}), while organisations ({@code IGO…}, {@code NGO…}) keep their whole
 * code because their first three letters name a kind of body, not a country. The scorer keys stance holders
 * the same way.
 */
public final class ActorKey {
    private ActorKey() {
    }

    public static String of(String code) {
        if (code == null || code.length() < 3 || code.startsWith("IGO") || code.startsWith("NGO")) {
            return code;
        }
        return code.substring(0, 3);
    }
}
