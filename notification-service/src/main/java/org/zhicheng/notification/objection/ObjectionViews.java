package org.zhicheng.notification.objection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.notification.objection.domain.AnswerOutcome;
import org.zhicheng.notification.objection.domain.ObjectionAction;
import org.zhicheng.notification.objection.domain.ObjectionKind;
import org.zhicheng.notification.objection.domain.ObjectionStatus;
import org.zhicheng.notification.publicity.domain.PublicityKind;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the objection API. */
final class ObjectionViews {

    private ObjectionViews() {
    }

    @Schema(description = "The registration: keep the tracking number and the access code (shown this once) to read "
            + "the objection's state and answer later")
    record RegisteredView(String trackingNumber, String accessCode, ObjectionView objection) {
    }

    @Schema(description = "An objection. The raiser sees their text, the state and the answer; the office and the HR "
            + "bureau also see who raised it (if given), the contact and the investigation's notes.")
    record ObjectionView(String trackingNumber, UUID publicityId, PublicityKind publicityKind, UUID entryId,
            ObjectionKind kind, String text, ObjectionStatus status, Instant raisedAt, AnswerView answer,
            List<AttachmentView> attachments, RaiserView raiser, String assignedTo, List<NoteView> notes,
            UUID applicationId, int version) {
    }

    record AnswerView(AnswerOutcome outcome, String answer, Instant answeredAt) {
    }

    record AttachmentView(UUID id, String fileName, String mediaType, int size, String sha256) {
    }

    @Schema(description = "Who raised it, as far as they said (staff only)")
    record RaiserView(boolean anonymous, String name, String contact, String signedBy) {
    }

    record NoteView(String author, String text, Instant at) {
    }

    @Schema(description = "An objection as the staff list shows it")
    record ObjectionSummaryView(String trackingNumber, UUID publicityId, PublicityKind publicityKind, UUID entryId,
            ObjectionKind kind, ObjectionStatus status, Instant raisedAt, AnswerOutcome outcome, String assignedTo,
            boolean anonymous) {
    }

    record HistoryView(ObjectionAction action, ObjectionStatus from, ObjectionStatus to, String actor, String reason,
            Instant at) {
    }
}
