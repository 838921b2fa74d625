package org.zhicheng.committee.draw.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything a draw is (its full, private record, for the office, the HR bureau and auditors): what persistence
 * stores and {@link PanelDraw#restore(DrawRecord)} rebuilds the draw from by replaying it.
 *
 * @param pool        the eligible pool with its constraints, assignments, exclusions and reasons; its candidates in
 *                    canonical order (as {@link Eligibility} made it), or the replay of the commitment fails
 * @param salt        the pseudonym salt (secret until the meeting is over)
 * @param rounds      the rounds; seeds only of drawn rounds
 * @param pendingSeed the seed of a committed, not yet drawn round (secret until drawn); null when none
 * @param steps       the log with expert ids and decline reasons
 */
public record DrawRecord(EligiblePool pool, Salt salt, List<DrawRound> rounds, Seed pendingSeed,
        List<DrawStep> steps) {

    public DrawRecord {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(salt, "salt");
        rounds = List.copyOf(rounds);
        steps = List.copyOf(steps);
    }
}
