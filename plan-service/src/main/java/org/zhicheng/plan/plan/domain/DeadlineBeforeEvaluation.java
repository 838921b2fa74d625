package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.plan.plan.domain.schedule.TimeExpression;

/**
 * 002 一(二)–(三): material is received and checked (资格审查) and the applicants publicized (评前公示) before the
 * committee meets, so neither the material deadline nor the individual application deadline may come after the
 * expected evaluation time. Times are ranges: a deadline is refused only when it is certainly late, i.e. its first
 * possible day is later than the evaluation's last possible day minus the configured gap ("8-9 月" before "9-10 月"
 * passes, "10 月" before "9 月" does not).
 */
public final class DeadlineBeforeEvaluation {

    public static final String RULE = "002-一(三)";
    public static final String CODE = "plan.deadline-after-evaluation";

    private final int minDays;

    public DeadlineBeforeEvaluation(int minDays) {
        this.minDays = minDays;
    }

    public void check(PlanDates dates, List<PlanItem> items) {
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            TimeExpression evaluation = item.evaluationTime();
            if (evaluation == null || !evaluation.isDated()) {
                continue;
            }
            LocalDate lastAccepted = evaluation.latest().minusDays(minDays);
            TimeExpression material = item.materialDeadlineTime();
            if (material != null && material.isDated() && material.earliest().isAfter(lastAccepted)) {
                throw new PlanRuleViolation(CODE, RULE, i + 1, material.text(), evaluation.text());
            }
            LocalDate individual = item.applicationDeadline() != null ? item.applicationDeadline()
                    : dates.individualApplication();
            if (individual != null && individual.isAfter(lastAccepted)) {
                throw new PlanRuleViolation(CODE, RULE, i + 1, individual, evaluation.text());
            }
        }
    }
}
