package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan became public; consumers open applications and announce it. Data of the {@code PlanPublished} event. */
public record PlanPublished(
        UUID planId,
        int year,
        String region,
        PlanCategory category,
        String title,
        Instant publishedAt,
        List<Item> items) implements PlanEvent {

    public static final String TYPE = "PlanPublished";

    public PlanPublished {
        items = List.copyOf(items);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return 1;
    }

    /** What consumers need of each item. */
    public record Item(
            UUID itemId,
            String committeeName,
            UUID committeeId,
            List<String> evaluatedTitles,
            List<String> recommendedTitles,
            LocalDate applicationDeadline) {
    }
}
