package org.zhicheng.notification.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's own reading of the {@code PlanPublished} event data: only the fields a plan notice needs; anything
 * else the producer sends is ignored.
 */
record PublishedPlan(UUID planId, int year, String region, String title, Instant publishedAt, List<Item> items) {

    PublishedPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }

    record Item(String committeeName, List<String> evaluatedTitles, List<String> recommendedTitles,
            LocalDate applicationDeadline) {

        Item {
            evaluatedTitles = evaluatedTitles == null ? List.of() : List.copyOf(evaluatedTitles);
            recommendedTitles = recommendedTitles == null ? List.of() : List.copyOf(recommendedTitles);
        }
    }
}
