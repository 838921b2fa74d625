package org.zhicheng.notification.objection.domain;

import java.time.Instant;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicitySubject;

/** What an objection's transitions announce; written to the outbox with the change. */
public sealed interface ObjectionEvent {

    /** An objection was registered and assigned. */
    record Raised(UUID objectionId, String trackingNumber, UUID publicityId, PublicityKind publicityKind,
            PublicitySubject subject, UUID entryId, UUID applicationId, ObjectionKind kind, boolean signed,
            Assignee assignedTo, Instant raisedAt) implements ObjectionEvent {
    }

    /** An objection was answered. */
    record Resolved(UUID objectionId, String trackingNumber, UUID publicityId, PublicityKind publicityKind,
            PublicitySubject subject, UUID entryId, UUID applicationId, ObjectionKind kind, AnswerOutcome outcome,
            String answeredBy, Instant answeredAt) implements ObjectionEvent {
    }
}
