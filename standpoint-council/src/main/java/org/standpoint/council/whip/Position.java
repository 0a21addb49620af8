package org.standpoint.council.whip;

import java.time.LocalDate;
import org.standpoint.council.facts.Vote;

/**
 * What a member is expected to do and why: a stance it took or a vote it cast.
 *
 * @param basis a short account, e.g. {@code "opposes un_condemnation (stance)"} or {@code "voted no on S/2011/612"}
 * @param evidence the sentence or record behind it
 */
public record Position(Vote vote, String basis, String evidence, LocalDate date) {
    public Position {
        if (vote == null || basis == null) {
            throw new IllegalArgumentException("a position needs a vote and a basis");
        }
    }
}
