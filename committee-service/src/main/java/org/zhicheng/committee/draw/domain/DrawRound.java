package org.zhicheng.committee.draw.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One seeded selection of a draw: round 0 draws the panel and its alternates, each later round (补抽) fills the seats
 * declines left vacant once the alternates are used up. Rounds form a chain: each commitment includes the previous
 * one's hash.
 *
 * @param index       0 for the initial draw, then 1, 2, …
 * @param previous    the previous round's commitment, null for round 0
 * @param count       how many experts the round selects
 * @param seedHash    SHA-256 of the round's seed, committed before the seed is revealed
 * @param commitment  the {@link Commitment#hash()} recorded at {@code committedAt}
 * @param committedAt when the commitment was recorded
 * @param seed        the revealed seed; null until the round is drawn
 * @param drawnAt     when the round was drawn; null until then
 */
public record DrawRound(int index, String previous, int count, String seedHash, String commitment,
        Instant committedAt, Seed seed, Instant drawnAt) {

    public DrawRound {
        Objects.requireNonNull(seedHash, "seedHash");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(committedAt, "committedAt");
        if ((seed == null) != (drawnAt == null)) {
            throw new IllegalArgumentException("a round's seed is revealed exactly when it is drawn");
        }
    }

    public boolean drawn() {
        return seed != null;
    }

    DrawRound drawnWith(Seed revealed, Instant at) {
        return new DrawRound(index, previous, count, seedHash, commitment, committedAt, revealed, at);
    }
}
