package org.zhicheng.notification.objection;

import java.util.UUID;

import org.zhicheng.notification.objection.domain.AnswerOutcome;
import org.zhicheng.notification.objection.domain.ObjectionKind;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the objection API. */
final class ObjectionRequests {

    private ObjectionRequests() {
    }

    @Schema(description = "An objection or complaint against a running publicity; anonymous unless signed in or named")
    record RaiseObjectionRequest(
            @NotNull UUID publicityId,
            @Schema(description = "the entry it concerns; empty for the publicity as a whole") UUID entryId,
            @Schema(description = "OBJECTION (异议) or COMPLAINT (投诉举报); default OBJECTION") ObjectionKind kind,
            @Schema(description = "what is objected to, and why") @NotBlank @Size(max = 5000) String text,
            @Schema(description = "the raiser's name, if they give it (实名)") @Size(max = 100) String name,
            @Schema(description = "how the office may reach the raiser; seen only by the office")
            @Size(max = 200) String contact) {
    }

    record NoteRequest(@NotBlank @Size(max = 5000) String text) {
    }

    record AnswerRequest(
            @NotNull AnswerOutcome outcome,
            @Schema(description = "the answer the raiser reads: what was found, what follows")
            @NotBlank @Size(max = 5000) String answer) {
    }
}
