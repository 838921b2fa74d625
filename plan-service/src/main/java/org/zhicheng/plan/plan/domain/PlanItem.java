package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.schedule.AcceptanceScope;
import org.zhicheng.plan.plan.domain.schedule.TimeExpression;

/**
 * One row of a plan (评审计划条目): a committee (its id in committee-service when known, its name always, for
 * display), the titles it evaluates (评审) and those it only recommends upward (推荐), its specialties and acceptance
 * scope, the times as the notice writes them, where material goes, and what the row excludes.
 *
 * <p>{@code applicationDeadline} is this item's own individual application deadline; when absent the plan's staged
 * {@link PlanDates#individualApplication()} applies, then the last day of the material deadline (see
 * {@link #effectiveDeadline}).
 *
 * @param scope                评审（推荐）范围 / 申报对象范围, as written and per level; null when not given
 * @param evaluationTime       预计评审时间 (or 001's 启动/完成时间); null when not given
 * @param materialDeadlineTime 预计接收材料截止时间; null when not given
 * @param exclusions  who may not apply here (自主评聘单位除外; 社会化评价、民营企业自主评价除外 → two entries)
 * @param applicants  申报对象 (001): who may apply, as written
 * @param association for socialized evaluation (000 附件3): the association that runs it
 */
public record PlanItem(
        UUID id,
        String committeeName,
        UUID committeeId,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        AcceptanceScope scope,
        TimeExpression evaluationTime,
        TimeExpression materialDeadlineTime,
        LocalDate applicationDeadline,
        String receivingUnit,
        String phone,
        String remarks,
        List<String> exclusions,
        String applicants,
        String association) {

    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(committeeName, "committeeName");
        evaluatedTitles = evaluatedTitles == null ? List.of() : List.copyOf(evaluatedTitles);
        recommendedTitles = recommendedTitles == null ? List.of() : List.copyOf(recommendedTitles);
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /**
     * The last day an individual may apply under this item: its own deadline, else the plan's staged individual
     * deadline, else the last day of the material deadline, else the end of the plan year (times "to be fixed").
     */
    public LocalDate effectiveDeadline(PlanDates dates, int year) {
        if (applicationDeadline != null) {
            return applicationDeadline;
        }
        if (dates.individualApplication() != null) {
            return dates.individualApplication();
        }
        if (materialDeadlineTime != null && materialDeadlineTime.isDated()) {
            return materialDeadlineTime.latest();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** The acceptance scope as written, or null. */
    public String acceptanceScope() {
        return scope == null ? null : scope.text();
    }

    /** The expected evaluation time as written, or null. */
    public String expectedEvaluationTime() {
        return evaluationTime == null ? null : evaluationTime.text();
    }

    /** The material deadline as written, or null. */
    public String materialDeadline() {
        return materialDeadlineTime == null ? null : materialDeadlineTime.text();
    }

    PlanItem withApplicationDeadline(LocalDate deadline) {
        return new PlanItem(id, committeeName, committeeId, evaluatedTitles, recommendedTitles, specialties,
                scope, evaluationTime, materialDeadlineTime, deadline, receivingUnit, phone, remarks,
                exclusions, applicants, association);
    }
}
