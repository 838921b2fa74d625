package org.zhicheng.committee.ballot.domain;

import org.zhicheng.starter.problem.RuleRefused;

/**
 * A meeting may ballot only when at least {@code numerator/denominator} of its panel is present, compared in integers
 * ({@code denominator × present ≥ numerator × panel}): with 2/3, a panel of 9 needs 6, of 7 needs 5, of 5 needs 4.
 */
public record Quorum(int numerator, int denominator) {

    // MOHRSS order 40: at least 2/3 of the panel present before any ballot
    public static final String RULE = "MOHRSS-40";
    public static final String CODE = "ballot.quorum";

    /** The value of the national rule. */
    public static final Quorum TWO_THIRDS = new Quorum(2, 3);

    public Quorum {
        Fraction.check(numerator, denominator);
    }

    public boolean isMet(int panelSize, int present) {
        requireCounts(panelSize, present);
        return (long) denominator * present >= (long) numerator * panelSize;
    }

    /** The fewest experts present that meet the quorum. */
    public int minimumPresent(int panelSize) {
        return Fraction.ceil(numerator, denominator, panelSize);
    }

    /**
     * @throws RuleRefused {@code ballot.quorum}; arguments: present, panel size, minimum present
     */
    public void check(int panelSize, int present) {
        if (!isMet(panelSize, present)) {
            throw new RuleRefused(CODE, RULE, present, panelSize, minimumPresent(panelSize));
        }
    }

    private static void requireCounts(int panelSize, int present) {
        if (panelSize < 1 || present < 0 || present > panelSize) {
            throw new IllegalArgumentException("present " + present + " of a panel of " + panelSize);
        }
    }
}
