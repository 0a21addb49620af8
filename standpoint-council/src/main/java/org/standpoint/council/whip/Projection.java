package org.standpoint.council.whip;

import java.util.Optional;
import org.standpoint.council.facts.Member;

/** One member's projected vote; empty when nothing known commits it. */
public record Projection(Member member, Optional<Position> position) {
    public boolean committed() {
        return position.isPresent();
    }
}
