package org.standpoint.council.whip;

import java.time.LocalDate;
import java.util.Optional;

/** Members' latest known positions on the policy being projected, e.g. from stored stances. */
public interface PositionSource {
    /** The latest position of the member (ISO3 code) known before {@code date}, if any. */
    Optional<Position> latest(String iso3, LocalDate date);
}
