package org.zhicheng.application.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A published plan item as this service knows it: what an application is made against. Kept from plan-service's
 * events ({@code PlanPublished}, {@code PlanDeadlineChanged}, {@code PlanClosed}) or fetched from its API.
 *
 * @param deadline          the last day of individual application: the item's own, else the plan's staged one
 * @param deadlineFrom      {@code ITEM} or {@code PLAN}: where {@code deadline} came from
 * @param unitDeadline      the plan's unit recommendation deadline (单位推荐截止, 003 四(二)), or null
 * @param cityDeadline      the plan's city-level recommendation deadline (地市推荐截止, 003 四(二)), or null
 * @param scopeByLevel      the acceptance scope per catalog level ("初级：市本级 中级：全市"), empty when one for all
 * @param closedAt          when the plan was closed; null while applications are open
 */
public record PlanItem(
        UUID itemId,
        UUID planId,
        String planTitle,
        int year,
        String planRegion,
        String category,
        UUID committeeId,
        String committeeCode,
        String committeeName,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        String acceptanceScope,
        Map<String, String> scopeByLevel,
        List<String> exclusions,
        LocalDate deadline,
        String deadlineFrom,
        LocalDate unitDeadline,
        LocalDate cityDeadline,
        LocalDate seniorityCutOff,
        LocalDate achievementsCutOff,
        Instant publishedAt,
        Instant closedAt) {

    public PlanItem {
        evaluatedTitles = evaluatedTitles == null ? List.of() : List.copyOf(evaluatedTitles);
        recommendedTitles = recommendedTitles == null ? List.of() : List.copyOf(recommendedTitles);
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        scopeByLevel = scopeByLevel == null ? Map.of() : Map.copyOf(scopeByLevel);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** The acceptance scope for a catalog level: its own when the item gives one per level, else the item's. */
    public String scopeFor(String level) {
        String own = scopeByLevel.get(level);
        return own != null ? own : acceptanceScope;
    }
}
