package org.zhicheng.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.committee.CommitteeDirectory;
import org.zhicheng.notification.committee.KnownCommittee;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;

/**
 * The inbox notices committee-service's events give: an expert's unit (and the expert) of the discipline (000 三(一):
 * 通报有关单位), the HR bureaus covering a committee of its overdue self-evaluation filings (001 五(三)) and of meetings
 * filed for their consent (001 五(二)), a committee's office of the suspension and reinstatement of its rights (001 四).
 * Runs in the event's inbox transaction; the event id makes each notice once per inbox.
 */
@Component
class CommitteeNotices {

    private final Notices notices;
    private final CommitteeDirectory committees;

    CommitteeNotices(Notices notices, CommitteeDirectory committees) {
        this.notices = notices;
        this.committees = committees;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void disciplined(UUID eventId, CommitteeEventData.ExpertDisciplined data) {
        Notice notice = Notice.of(NoticeType.EXPERT_DISCIPLINED, "event:" + eventId)
                .with("expertName", data.name()).with("expert", data.expert()).with("kind", data.kind())
                .with("reason", data.reason()).with("committees", String.join("、", data.committees()))
                .causedBy(eventId).link("expert", data.expert()).build();
        List<Address> told = new ArrayList<>();
        if (data.unit() != null && !data.unit().isBlank()) {
            told.add(Address.unit(data.unit()));
        }
        told.add(Address.person(data.expert()));
        notices.sendToEach(told, notice);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void filingOverdue(UUID eventId, CommitteeEventData.FilingOverdue data) {
        String name = committees.find(data.committee()).map(KnownCommittee::name).orElse(data.committee());
        Notice notice = Notice.of(NoticeType.SELF_EVALUATION_OVERDUE, "event:" + eventId)
                .with("committee", data.committee()).with("committeeName", name).with("kind", data.kind())
                .with("year", data.year()).with("dueDate", data.dueDate()).with("daysOverdue", data.daysOverdue())
                .causedBy(eventId).link("committee", data.committee()).build();
        List<Address> told = new ArrayList<>(Address.hrBureausCovering(data.territory()));
        told.add(Address.committee(data.committee()));
        notices.sendToEach(told, notice);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void meetingFiled(UUID eventId, CommitteeEventData.MeetingFiled data) {
        KnownCommittee committee = committees.find(data.committee()).orElseThrow(() -> new IllegalStateException(
                "meeting " + data.meetingId() + " filed for unknown committee " + data.committee()));
        Notice notice = Notice.of(NoticeType.MEETING_FILED, "event:" + eventId)
                .with("committee", committee.code()).with("committeeName", committee.name())
                .with("meetingDate", data.meetingDate()).with("filedOn", data.filedOn())
                .with("qualifiedCount", data.qualifiedCount()).with("latestFilingDay", data.latestFilingDay())
                .causedBy(eventId).link("meeting", data.meetingId()).build();
        notices.sendToEach(Address.hrBureausCovering(committee.territory()), notice);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void rightsChanged(UUID eventId, CommitteeEventData.RightsChanged data, boolean suspended) {
        Notice notice = Notice.of(suspended ? NoticeType.COMMITTEE_SUSPENDED : NoticeType.COMMITTEE_REINSTATED,
                "event:" + eventId).with("committee", data.code()).with("committeeName", data.name())
                .with("reason", data.reason()).causedBy(eventId).link("committee", data.code()).build();
        notices.send(Address.committee(data.code()), notice);
    }
}
