package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.List;
import org.standpoint.council.rules.Decision;

/**
 * A projected vote: every member's projection, the outcome if every uncommitted member votes yes and if
 * none does (permanent members then voting no), and who would have to change for the draft to pass.
 */
public record WhipCount(LocalDate date, List<Projection> projections, Decision ifUncommittedBack,
                        Decision ifUncommittedDoNot, List<String> mustChange) {
    public WhipCount {
        projections = List.copyOf(projections);
        mustChange = List.copyOf(mustChange);
    }

    public List<Projection> uncommitted() {
        return projections.stream().filter(p -> !p.committed()).toList();
    }
}
