package org.zhicheng.plan.importing;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.plan.plan.domain.PlanCategory;

/**
 * A whole understood table as the draft it becomes. {@code applicationDeadline} is the one the upload gave for every
 * item, or null: the notices print none, and the domain derives each item's effective deadline from its material
 * deadline.
 */
public record ImportedPlan(int year, String region, PlanCategory category, String title,
        LocalDate applicationDeadline, List<ImportedItem> items) {

    public ImportedPlan {
        items = List.copyOf(items);
    }
}
