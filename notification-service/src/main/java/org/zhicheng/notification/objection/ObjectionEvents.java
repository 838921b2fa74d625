package org.zhicheng.notification.objection;

import java.time.Instant;
import java.util.UUID;

import org.zhicheng.notification.objection.domain.Assignee;
import org.zhicheng.notification.objection.domain.ObjectionEvent;
import org.zhicheng.notification.publicity.domain.PublicitySubject;

/**
 * The {@code data} of the objection events, as documented in {@code docs/events/asyncapi.yaml}; topic
 * {@code zhicheng.notification.events}, key = the publicity's id (an objection's events stay in order with its
 * publicity's). Neither the raiser's identity nor the text travels: the office reads them here.
 */
final class ObjectionEvents {

    static final String RAISED = "ObjectionRaised";
    static final String RESOLVED = "ObjectionResolved";

    private ObjectionEvents() {
    }

    static String typeOf(ObjectionEvent event) {
        return switch (event) {
            case ObjectionEvent.Raised raised -> RAISED;
            case ObjectionEvent.Resolved resolved -> RESOLVED;
        };
    }

    static Object dataOf(ObjectionEvent event) {
        return switch (event) {
            case ObjectionEvent.Raised r -> new RaisedData(r.objectionId(), r.trackingNumber(), r.publicityId(),
                    r.publicityKind().name(), SubjectData.of(r.subject()), r.entryId(), r.applicationId(),
                    r.kind().name(), r.signed(), AssigneeData.of(r.assignedTo()), r.raisedAt());
            case ObjectionEvent.Resolved r -> new ResolvedData(r.objectionId(), r.trackingNumber(), r.publicityId(),
                    r.publicityKind().name(), SubjectData.of(r.subject()), r.entryId(), r.applicationId(),
                    r.kind().name(), r.outcome().name(), r.answeredBy(), r.answeredAt());
        };
    }

    record SubjectData(String type, String id) {

        static SubjectData of(PublicitySubject subject) {
            return new SubjectData(subject.type().name(), subject.id());
        }
    }

    record AssigneeData(String kind, String id) {

        static AssigneeData of(Assignee assignee) {
            return new AssigneeData(assignee.kind().name(), assignee.id());
        }
    }

    record RaisedData(UUID objectionId, String trackingNumber, UUID publicityId, String publicityKind,
            SubjectData subject, UUID entryId, UUID applicationId, String kind, boolean signed, AssigneeData assignedTo,
            Instant raisedAt) {
    }

    record ResolvedData(UUID objectionId, String trackingNumber, UUID publicityId, String publicityKind,
            SubjectData subject, UUID entryId, UUID applicationId, String kind, String outcome, String answeredBy,
            Instant answeredAt) {
    }
}
