package org.zhicheng.plan.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.PlanCategory;

/**
 * One item of a published plan as the portals list it, with what they show of its plan. Times are as written plus
 * their date ranges; {@code effectiveDeadline} is the last day an individual may apply.
 *
 * @param committeeId        the registered committee the item is linked to, or null
 * @param committeeCode      that committee's code, or null when the item is not linked
 * @param committeeSuspended whether that committee's evaluation rights are suspended (001 四); false when not linked
 */
public record PlanItemHit(
        UUID itemId,
        UUID planId,
        int year,
        String region,
        PlanCategory category,
        String planTitle,
        String committeeName,
        UUID committeeId,
        String committeeCode,
        boolean committeeSuspended,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        List<String> series,
        List<String> levels,
        String acceptanceScope,
        String expectedEvaluationTime,
        LocalDate expectedEvaluationFrom,
        LocalDate expectedEvaluationTo,
        String materialDeadline,
        LocalDate materialDeadlineFrom,
        LocalDate materialDeadlineTo,
        LocalDate publishedOn,
        LocalDate effectiveDeadline,
        String receivingUnit,
        String phone,
        String remarks,
        List<String> exclusions,
        String applicants) {
}
