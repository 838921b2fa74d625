package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.zhicheng.plan.plan.domain.schedule.TimeExpression;
import org.zhicheng.plan.plan.domain.schedule.TimeExpressionKind;

/**
 * 001 附件2: graduates' initial certification (大中专毕业生初定) runs in quarterly batches, completed in March, June,
 * September and December (the months come from configuration). An initial-certification item's completion time must
 * fall in batch months only: a list of months ("3月、6月、9月、12月"), one month, or a date in such a month.
 */
public final class InitialCertificationBatches {

    public static final String RULE = "001-附件2";
    public static final String CODE = "plan.batch-month-invalid";

    private final Set<Integer> months;

    public InitialCertificationBatches(Set<Integer> months) {
        this.months = Set.copyOf(months);
    }

    public void check(PlanCategory category, List<PlanItem> items) {
        if (category != PlanCategory.INITIAL_CERTIFICATION) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            TimeExpression completion = items.get(i).evaluationTime();
            if (completion == null || !completion.isDated()) {
                continue;
            }
            List<Integer> named = completion.kind() == TimeExpressionKind.MONTHS ? completion.listedMonths()
                    : monthsCovered(completion);
            for (int month : named) {
                if (!months.contains(month)) {
                    throw new PlanRuleViolation(CODE, RULE, i + 1, completion.text(), month);
                }
            }
        }
    }

    private static List<Integer> monthsCovered(TimeExpression time) {
        LocalDate from = time.kind() == TimeExpressionKind.BEFORE_DATE ? time.latest() : time.earliest();
        return from.withDayOfMonth(1).datesUntil(time.latest().plusDays(1), Period.ofMonths(1))
                .map(LocalDate::getMonthValue)
                .toList();
    }
}
