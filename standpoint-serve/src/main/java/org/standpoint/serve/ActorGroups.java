package org.standpoint.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.ActorCode;
import org.standpoint.model.ActorNames;
import org.standpoint.store.ActorSummaries;

/**
 * The actors the matrix, the network, the timelines and the policy counts show apart: a country's government,
 * opposition, armed forces, rebels and media are five rows, never one "Syria". The group of a code is its
 * country with its first sector ({@code SYROPP} the opposition, {@code SYRMIL} the armed forces, {@code RUSMED}
 * Russian media), except that the government is the country itself: {@code RUS}, {@code RUSGOV} and
 * {@code RUSGOVLEG} are one group {@code RUS}, as a bare country and its government are one actor for an event
 * ({@link ActorCode#isSameActor}). An organisation ({@code IGOUNO}, {@code NGOHRIAMN}) is its own group, and so
 * is text that is no actor code.
 */
public final class ActorGroups {
    private ActorGroups() {
    }

    /** The group {@code code} is shown in. */
    public static String of(String code) {
        return ActorCode.parse(code).map(ActorGroups::of).orElse(code);
    }

    private static String of(ActorCode code) {
        if (code.isOrganisation() || code.sectors().isEmpty()) {
            return code.value();
        }
        return code.isGovernment() ? code.prefix() : code.prefix() + ActorCode.mainSector(code.sectors().get(0));
    }

    /**
     * The name of each group: what the group's code says ({@code RUS} "Russia", {@code SYROPP} "Syrian
     * opposition", see {@link ActorNames}); else the store's name of the code equal to the group when it has one,
     * else that of the group's most active code ({@code actors} come most active first).
     */
    public static Map<String, String> names(List<ActorSummaries.Actor> actors) {
        Map<String, String> names = new HashMap<>();
        actors.forEach(a -> ActorCode.parse(of(a.code())).flatMap(ActorNames.bundled()::name)
                .ifPresent(name -> names.put(of(a.code()), name)));
        actors.stream().filter(a -> of(a.code()).equals(a.code())).forEach(a -> names.putIfAbsent(a.code(), a.name()));
        actors.forEach(a -> names.putIfAbsent(of(a.code()), a.name()));
        return names;
    }
}
