package org.zhicheng.plan.importing;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.plan.plan.domain.PlanCategory;

/**
 * A whole understood table as the draft it becomes. The notices give no individual application deadline as a date, so
 * the importer states it ({@code applicationDeadline}) until the domain derives it from the material deadline text.
 */
public record ImportedPlan(int year, String region, PlanCategory category, String title,
        LocalDate applicationDeadline, List<ImportedItem> items) {

    public ImportedPlan {
        items = List.copyOf(items);
    }
}
