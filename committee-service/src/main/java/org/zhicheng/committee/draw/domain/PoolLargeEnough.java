package org.zhicheng.committee.draw.domain;

/**
 * 002 一(四), 000 三(一): the panel is drawn at random from the pool, so the eligible experts must fill every seat. The
 * alternates are drawn as far as the pool allows and a shortfall is reported, not refused. Code
 * {@code draw.pool-too-small} (arguments: eligible experts, seats to fill).
 */
public final class PoolLargeEnough {

    public static final String RULE = "002-一(四)";
    public static final String CODE = "draw.pool-too-small";

    /** Refuses a draw of {@code seats} from {@code eligible} experts when they cannot fill the seats. */
    public void check(int eligible, int seats) {
        if (eligible < seats) {
            throw new DrawRefused(CODE, RULE, eligible, seats);
        }
    }

    /** How many of the wanted alternates the pool cannot provide (0 when it can). */
    public int alternateShortfall(int eligible, DrawConstraints constraints) {
        return Math.max(0, constraints.wanted() - eligible);
    }
}
