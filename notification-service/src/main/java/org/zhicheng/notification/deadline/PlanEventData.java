package org.zhicheng.notification.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This feature's own reading of plan-service's events. */
public final class PlanEventData {

    private PlanEventData() {
    }

    public record Published(UUID planId, int year, String region, String title, Dates dates, List<Item> items) {

        public Published {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record Dates(LocalDate individualApplication) {
    }

    public record Item(UUID itemId, String committeeName, UUID committeeId, LocalDate applicationDeadline) {
    }

    public record DeadlineChanged(UUID planId, UUID itemId, String stage, LocalDate oldDeadline,
            LocalDate newDeadline, String reason, String approvalReference) {
    }

    public record Closed(UUID planId) {
    }
}
