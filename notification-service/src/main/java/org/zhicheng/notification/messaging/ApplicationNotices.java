package org.zhicheng.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;

/**
 * The inbox notices application-service's events give. The applicant hears of every move of their application: where
 * it went, and, when it was sent back or rejected, the reason. The desk that holds the application after the move
 * (the unit's HR desk, the competent department, the committee's office, the HR bureau) hears that work is in its
 * queue. A certificate's holder hears of its issue; a revocation also tells the unit. Runs in the event's inbox
 * transaction; the event id makes each notice once per inbox.
 */
@Component
class ApplicationNotices {

    /** The desks whose inbox is told when an application reaches them (the committee is told by its meetings). */
    private static final Set<String> TOLD_DESKS = Set.of("UNIT", "DEPARTMENT", "OFFICE", "HR_BUREAU");

    private final Notices notices;

    ApplicationNotices(Notices notices) {
        this.notices = notices;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void moved(UUID eventId, String eventType, ApplicationEventData data) {
        NoticeType type = switch (eventType) {
            case "ApplicationSubmitted" -> NoticeType.APPLICATION_SUBMITTED;
            case "ApplicationReturned" -> NoticeType.APPLICATION_RETURNED;
            case "ApplicationRejected" -> NoticeType.APPLICATION_REJECTED;
            case "ApplicationWithdrawn" -> NoticeType.APPLICATION_WITHDRAWN;
            default -> NoticeType.APPLICATION_PROGRESSED;
        };
        if (data.person() != null && !data.person().isBlank()) {
            notices.send(Address.person(data.person()), notice(type, eventId, "", data));
        }
        Address desk = deskNow(data);
        if (desk != null) {
            notices.send(desk, notice(NoticeType.APPLICATION_QUEUED, eventId, ":queue", data));
        }
        if (type == NoticeType.APPLICATION_WITHDRAWN && data.unit() != null && !"DRAFT".equals(data.from())) {
            notices.send(Address.unit(data.unit()), notice(type, eventId, ":unit", data));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void certificate(UUID eventId, CertificateEventData data, boolean revoked) {
        Notice notice = Notice.of(revoked ? NoticeType.CERTIFICATE_REVOKED : NoticeType.CERTIFICATE_ISSUED,
                "event:" + eventId).with("certificateNumber", data.certificateNumber())
                .with("holderName", data.holderName()).with("titleName", data.titleName())
                .with("issuingBody", data.issuingBody()).with("issuedOn", data.issuedOn())
                .with("reason", data.revocationReason()).causedBy(eventId)
                .link("application", data.applicationId()).build();
        List<Address> told = new ArrayList<>();
        if (data.person() != null && !data.person().isBlank()) {
            told.add(Address.person(data.person()));
        }
        if (revoked && data.unit() != null && !data.unit().isBlank()) {
            told.add(Address.unit(data.unit()));
        }
        notices.sendToEach(told, notice);
    }

    /** The inbox of the desk holding the application after the move, or null when no desk is to be told. */
    static Address deskNow(ApplicationEventData data) {
        if (data.desk() == null || !TOLD_DESKS.contains(data.desk()) || data.holder() == null
                || data.holder().isBlank()) {
            return null;
        }
        return switch (data.desk()) {
            case "UNIT", "DEPARTMENT" -> Address.unit(data.holder());
            case "OFFICE" -> Address.committee(data.holder());
            default -> Address.hrBureau(data.holder());
        };
    }

    /** The notice of a move; {@code inboxSuffix} keeps the notices one event gives to different inboxes apart. */
    private static Notice notice(NoticeType type, UUID eventId, String inboxSuffix, ApplicationEventData data) {
        return Notice.of(type, "event:" + eventId + inboxSuffix).with("applicantName", data.applicantName())
                .with("titleName", data.titleName()).with("year", data.year()).with("unitName", data.unitName())
                .with("committeeName", data.committeeName()).with("state", data.state())
                .with("from", data.from()).with("reason", data.reason()).causedBy(eventId)
                .link("application", data.applicationId()).build();
    }
}
