package org.zhicheng.committee.expert.domain;

/**
 * The composition check of a pool, reported with the pool and never blocking a change: how many experts serve,
 * whether the number is odd, and for a senior committee the minimum of MOHRSS order 40 — by series (≥ 25 by default)
 * when the committee covers a whole series or several specialties, by specialty (≥ 11) when it covers one specialty.
 *
 * @param minimum      null below senior level
 * @param meetsMinimum null below senior level
 */
public record PoolComposition(int members, boolean odd, Basis basis, Integer minimum, Boolean meetsMinimum,
        String rule) {

    // MOHRSS order 40 (职称评审管理暂行规定): an odd number of members; senior committees ≥ 25 by series, ≥ 11 by specialty
    public static final String RULE = "MOHRSS-40";

    public enum Basis { SERIES, SPECIALTY }

    /** The numbers of the rule, from configuration. */
    public record Minimums(int bySeries, int bySpecialty) {
    }

    public static PoolComposition of(int members, boolean senior, int specialties, Minimums minimums) {
        boolean odd = members % 2 == 1;
        if (!senior) {
            return new PoolComposition(members, odd, null, null, null, RULE);
        }
        Basis basis = specialties == 1 ? Basis.SPECIALTY : Basis.SERIES;
        int minimum = basis == Basis.SPECIALTY ? minimums.bySpecialty() : minimums.bySeries();
        return new PoolComposition(members, odd, basis, minimum, members >= minimum, RULE);
    }
}
