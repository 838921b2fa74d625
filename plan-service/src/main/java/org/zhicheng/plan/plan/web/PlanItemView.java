package org.zhicheng.plan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One plan item as the API shows it: each time as written plus its kind and date range; the acceptance scope as
 * written plus level → scope; {@code effectiveDeadline} is the last day an individual may apply.
 *
 * @param committeeId        the registered committee the item is linked to, or null
 * @param committeeCode      that committee's code, or null when the item is not linked
 * @param committeeSuspended whether that committee's evaluation rights are suspended (001 四); false when not linked
 */
public record PlanItemView(
        UUID id,
        String committeeName,
        UUID committeeId,
        String committeeCode,
        boolean committeeSuspended,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        String acceptanceScope,
        Map<String, String> acceptanceScopeByLevel,
        String expectedEvaluationTime,
        TimeView expectedEvaluation,
        String materialDeadline,
        TimeView materialDeadlineRange,
        LocalDate applicationDeadline,
        LocalDate effectiveDeadline,
        String receivingUnit,
        String phone,
        String remarks,
        List<String> exclusions,
        String applicants,
        String association) {
}
