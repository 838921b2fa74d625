package org.zhicheng.plan.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.DeadlineStage;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A special approval moving one deadline of a published plan (000 三(三)): an item's individual application deadline
 * ({@code itemId}) or a staged deadline ({@code stage}), never both.
 */
public record ChangeDeadlineRequest(
        UUID itemId,
        DeadlineStage stage,
        @NotNull LocalDate newDeadline,
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "the approval document's reference (批复文号)") @Size(max = 200)
        String approvalReference) {

    @AssertTrue(message = "name either itemId or stage")
    @Schema(hidden = true)
    public boolean isTarget() {
        return (itemId == null) != (stage == null);
    }
}
