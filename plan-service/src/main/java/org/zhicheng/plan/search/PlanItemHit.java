package org.zhicheng.plan.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.PlanCategory;

/**
 * One item of a published plan as the portals list it, with what they show of its plan. Times are as written plus
 * their date ranges; {@code effectiveDeadline} is the last day an individual may apply.
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
