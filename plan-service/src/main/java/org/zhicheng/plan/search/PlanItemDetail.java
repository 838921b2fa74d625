package org.zhicheng.plan.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanStatus;

/**
 * One item of a published or closed plan, read by its id: the fields of a {@link PlanItemHit}, plus what a reader
 * that missed the plan's events needs to stand in for them — whether the plan is still open ({@code planStatus},
 * {@code closedAt}), the acceptance scope by level, and the plan's staged dates. application-service asks for it
 * when its read model of {@code PlanPublished} lacks an item, so the fields follow that event's.
 *
 * @param planStatus             {@code PUBLISHED} while the plan is open, {@code CLOSED} once it is finished
 * @param closedAt               when the plan was closed, null while it is open
 * @param acceptanceScopeByLevel level (in the notice's words) → scope; empty when the scope does not split by level
 * @param dates                  the plan's staged deadlines and cut-off dates (003)
 */
public record PlanItemDetail(
        UUID itemId,
        UUID planId,
        int year,
        String region,
        PlanCategory category,
        String planTitle,
        PlanStatus planStatus,
        Instant closedAt,
        Dates dates,
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
        Map<String, String> acceptanceScopeByLevel,
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

    /**
     * The plan's staged deadlines (003 二(二): 个人申报 → 单位推荐 → 地市推荐) and cut-off dates (003 一), each null
     * when the plan does not set it; the same names as {@code PlanPublished.dates}.
     */
    public record Dates(
            LocalDate individualApplication,
            LocalDate unitRecommendation,
            LocalDate cityRecommendation,
            LocalDate seniorityCutOff,
            LocalDate achievementsCutOff) {
    }

    /** The hit's fields with the plan's state, the scope by level and the dates. */
    static PlanItemDetail of(PlanItemHit hit, PlanStatus planStatus, Instant closedAt, Dates dates,
            Map<String, String> acceptanceScopeByLevel) {
        return new PlanItemDetail(hit.itemId(), hit.planId(), hit.year(), hit.region(), hit.category(),
                hit.planTitle(), planStatus, closedAt, dates, hit.committeeName(), hit.committeeId(),
                hit.committeeCode(), hit.committeeSuspended(), hit.evaluatedTitles(), hit.recommendedTitles(),
                hit.specialties(), hit.series(), hit.levels(), hit.acceptanceScope(), acceptanceScopeByLevel,
                hit.expectedEvaluationTime(), hit.expectedEvaluationFrom(), hit.expectedEvaluationTo(),
                hit.materialDeadline(), hit.materialDeadlineFrom(), hit.materialDeadlineTo(), hit.publishedOn(),
                hit.effectiveDeadline(), hit.receivingUnit(), hit.phone(), hit.remarks(), hit.exclusions(),
                hit.applicants());
    }
}
