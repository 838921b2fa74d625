package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A deadline moved after publication by special approval (000 三(三)): which deadline (one item's individual
 * application deadline, or one of the plan's staged deadlines), old → new, and the approval (who is the transition's
 * actor; why is required; the approval document's reference, 批复文号, if any).
 *
 * @param itemId   the item whose own deadline moved, or null for a plan stage
 * @param stage    the plan stage that moved, or null for an item
 * @param oldDate  the deadline before; null when the item had none of its own
 */
public record DeadlineChange(UUID itemId, DeadlineStage stage, LocalDate oldDate, LocalDate newDate,
        String approvalReference) {

    public DeadlineChange {
        if ((itemId == null) == (stage == null)) {
            throw new IllegalArgumentException("a deadline change names either an item or a stage");
        }
        Objects.requireNonNull(newDate, "newDate");
    }

    /** {@code ITEM:<id>} or {@code STAGE:<stage>}, as the history stores it. */
    public String target() {
        return itemId != null ? "ITEM:" + itemId : "STAGE:" + stage.name();
    }

    /** Reads {@link #target()} back. */
    public static DeadlineChange of(String target, LocalDate oldDate, LocalDate newDate, String approvalReference) {
        if (target.startsWith("ITEM:")) {
            return new DeadlineChange(UUID.fromString(target.substring(5)), null, oldDate, newDate,
                    approvalReference);
        }
        return new DeadlineChange(null, DeadlineStage.valueOf(target.substring(6)), oldDate, newDate,
                approvalReference);
    }
}
