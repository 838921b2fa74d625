package org.zhicheng.committee.expert.domain;

import java.time.LocalDate;

/**
 * A pool member's term lasts at most {@code maxYears} years, both ends included: a term from 2025-01-01 may end on
 * 2027-12-31, not a day later; one from 2024-02-29 on 2027-02-28. The number comes from configuration
 * ({@code zhicheng.committee.rules.max-term-years}, default 3).
 */
public final class TermAtMostThreeYears {

    // 000 三(一) (and MOHRSS order 40): experts of a committee's pool serve terms of three years
    public static final String RULE = "000-三(一)";

    private final int maxYears;

    public TermAtMostThreeYears(int maxYears) {
        if (maxYears < 1) {
            throw new IllegalArgumentException("max-term-years must be at least 1: " + maxYears);
        }
        this.maxYears = maxYears;
    }

    /**
     * The last day a term starting on {@code start} may reach: the day before the start's anniversary, or the last
     * day of February when the anniversary of 29 February does not exist.
     */
    public LocalDate latestEnd(LocalDate start) {
        LocalDate anniversary = start.plusYears(maxYears);
        if (anniversary.getDayOfMonth() != start.getDayOfMonth()) {
            // 29 February has no anniversary in a common year: the term then runs through the end of February
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.minusDays(1);
    }

    /** A term from the request; 400 when it ends before it starts, 422 naming the rule when it is too long. */
    public Term check(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw Refusal.badInput("pool.term-reversed", field, start, end);
        }
        LocalDate latest = latestEnd(start);
        if (end.isAfter(latest)) {
            throw Refusal.rule("pool.term-too-long", RULE, field, start, end, maxYears, latest);
        }
        return new Term(start, end);
    }

    public int maxYears() {
        return maxYears;
    }
}
