package org.zhicheng.plan.plan;

import java.util.List;

import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanItem;

/** The commands of the plan use cases. */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** Draft a new plan. */
    public record CreatePlan(int year, String region, PlanCategory category, String title, List<PlanItem> items) {
    }

    /** Replace a draft's or returned plan's title and items. */
    public record AmendPlan(String title, List<PlanItem> items, String reason) {
    }
}
