package org.zhicheng.application.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This service's reading of plan-service's events (tolerant reader: the fields it uses; the rest is ignored). The
 * fields added to {@code PlanPublished} within version 1 may be absent in older events.
 */
final class PlanEventData {

    private PlanEventData() {
    }

    record Published(UUID planId, int year, String region, String category, String title, Instant publishedAt,
            Dates dates, List<Item> items) {

        Published {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    record Dates(LocalDate individualApplication, LocalDate unitRecommendation, LocalDate cityRecommendation,
            LocalDate seniorityCutOff, LocalDate achievementsCutOff) {
    }

    record Item(UUID itemId, String committeeName, UUID committeeId, String committeeCode,
            List<String> evaluatedTitles, List<String> recommendedTitles, List<String> specialties,
            String acceptanceScope, Map<String, String> acceptanceScopeByLevel, List<String> exclusions,
            LocalDate applicationDeadline) {
    }

    record DeadlineChanged(UUID planId, UUID itemId, String stage, LocalDate oldDeadline, LocalDate newDeadline,
            String approvedBy, String reason, Instant changedAt) {
    }

    record Closed(UUID planId, Instant closedAt) {
    }
}
