package org.zhicheng.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.DeadlineStage;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanDates;
import org.zhicheng.plan.plan.domain.PlanItemInput;

/**
 * The commands of the plan use cases. Items come as {@link PlanItemInput} (text as a notice row carries it) and are
 * read against the plan's year inside the use case, so the API and the importer share one path.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    /**
     * Draft a new plan.
     *
     * @param dates           staged deadlines and cut-off dates (003), or null for none
     * @param authorityHolder for DELEGATED plans the unit or region holding the authority, else null
     */
    public record CreatePlan(int year, String region, PlanCategory category, String title, PlanDates dates,
            String authorityHolder, List<PlanItemInput> items) {
    }

    /** Replace a draft's or returned plan's title, dates and items. */
    public record AmendPlan(String title, PlanDates dates, String authorityHolder, List<PlanItemInput> items,
            String reason) {
    }

    /**
     * Move one deadline of a published plan by special approval (000 三(三)): exactly one of {@code itemId} and
     * {@code stage}.
     */
    public record ChangeDeadline(UUID itemId, DeadlineStage stage, LocalDate newDeadline, String reason,
            String approvalReference) {
    }
}
