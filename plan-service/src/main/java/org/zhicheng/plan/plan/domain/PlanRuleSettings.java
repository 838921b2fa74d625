package org.zhicheng.plan.plan.domain;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The numbers the rules use, from configuration ({@code zhicheng.plan.rules.*}) so a new notice changes settings, not
 * code.
 *
 * @param materialToEvaluationMinDays  days at least between the material deadline and the earliest day of the
 *                                     evaluation ({@link DeadlineBeforeEvaluation}); 0 allows the same day
 * @param initialCertificationMonths   the months of the initial-certification batches (001 附件2: 3, 6, 9, 12)
 */
public record PlanRuleSettings(int materialToEvaluationMinDays, Set<Integer> initialCertificationMonths) {

    /** The values of the seed notices. */
    public static final PlanRuleSettings SEED_NOTICES = new PlanRuleSettings(0, Set.of(3, 6, 9, 12));

    public PlanRuleSettings {
        if (materialToEvaluationMinDays < 0) {
            throw new IllegalArgumentException("materialToEvaluationMinDays must not be negative");
        }
        SortedSet<Integer> months = new TreeSet<>(initialCertificationMonths);
        if (months.isEmpty() || months.first() < 1 || months.last() > 12) {
            throw new IllegalArgumentException("initialCertificationMonths must be months 1-12");
        }
        initialCertificationMonths = Set.copyOf(months);
    }
}
