package org.zhicheng.notification.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's own reading of the {@code PlanPublished} event data: only the fields a plan notice needs; anything
 * else the producer sends is ignored. The title names, times and staged dates were added to version 1 later, so an
 * older event lacks them: they read as null (or empty) and the notice falls back to what the event does carry.
 *
 * @param dates the plan's staged deadlines and cut-off dates; null for an event without them
 */
public record PublishedPlan(UUID planId, int year, String region, String title, Instant publishedAt, Dates dates,
        List<Item> items) {

    public PublishedPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** 003's plan-wide dates: 个人申报 → 单位推荐 → 地市推荐, and the seniority and achievement cut-offs. */
    public record Dates(LocalDate individualApplication, LocalDate unitRecommendation, LocalDate cityRecommendation,
            LocalDate seniorityCutOff, LocalDate achievementsCutOff) {
    }

    /**
     * @param evaluatedTitleNames   the names of {@code evaluatedTitles} in the same order; empty for an older event
     * @param recommendedTitleNames the names of {@code recommendedTitles} in the same order; empty for an older event
     */
    public record Item(String committeeName, List<String> evaluatedTitles, List<String> evaluatedTitleNames,
            List<String> recommendedTitles, List<String> recommendedTitleNames, LocalDate applicationDeadline,
            String expectedEvaluationTime, String materialDeadline) {

        public Item {
            evaluatedTitles = copy(evaluatedTitles);
            evaluatedTitleNames = copy(evaluatedTitleNames);
            recommendedTitles = copy(recommendedTitles);
            recommendedTitleNames = copy(recommendedTitleNames);
        }

        /** The evaluated titles as a reader knows them: by name when the event names them all, else by code. */
        List<String> evaluatedForDisplay() {
            return display(evaluatedTitles, evaluatedTitleNames);
        }

        /** The recommended titles by name when the event names them all, else by code. */
        List<String> recommendedForDisplay() {
            return display(recommendedTitles, recommendedTitleNames);
        }

        // names that do not match the codes one for one cannot be trusted to say which title is which
        private static List<String> display(List<String> codes, List<String> names) {
            return names.size() == codes.size() ? names : codes;
        }

        private static List<String> copy(List<String> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }
}
