package org.zhicheng.committee.ballot.domain;

import java.util.Objects;

/**
 * The numbers the voting rules use, from configuration ({@code zhicheng.committee.rules.*}) so a new notice changes
 * settings, not code.
 */
public record BallotRules(Quorum quorum, PassThreshold passThreshold) {

    /** MOHRSS order 40 (quorum 2/3 of the panel) and notice 002 一(四) (pass at 2/3 of those attending). */
    public static final BallotRules SEED_NOTICES = new BallotRules(Quorum.TWO_THIRDS, PassThreshold.TWO_THIRDS);

    public BallotRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(passThreshold, "passThreshold");
    }
}
