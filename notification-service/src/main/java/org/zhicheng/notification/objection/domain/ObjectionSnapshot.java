package org.zhicheng.notification.objection.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicitySubject;

/** Everything an objection holds, for storing and restoring it. */
public record ObjectionSnapshot(UUID id, String trackingNumber, String accessCodeHash, UUID publicityId,
        PublicityKind publicityKind, PublicitySubject subject, UUID entryId, UUID applicationId, ObjectionKind kind,
        String text, Raiser raiser, Assignee assignedTo, String region, ObjectionStatus status, Answer answer,
        List<InvestigationNote> notes, Instant raisedAt, int version, Instant updatedAt) {

    public ObjectionSnapshot {
        notes = List.copyOf(notes);
    }
}
