package org.zhicheng.committee.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.meeting.MeetingPlanListener;
import org.zhicheng.committee.meeting.MeetingSchedulingPort;
import org.zhicheng.committee.meeting.MeetingSchedulingPort.CandidateMeeting;
import org.zhicheng.committee.meeting.MeetingSchedulingPort.Holding;
import org.zhicheng.committee.meeting.domain.MeetingRules;
import org.zhicheng.committee.scheduling.domain.AwaitingApplication;
import org.zhicheng.committee.scheduling.domain.AwaitingStatus;
import org.zhicheng.committee.scheduling.domain.MeetingFit;
import org.zhicheng.committee.scheduling.domain.MeetingFit.Slot;
import org.zhicheng.committee.scheduling.domain.ScheduledApplication;

/**
 * The use cases of the waiting lists: an application scheduled for evaluation goes to its committee's earliest
 * fitting meeting or waits; a meeting planned or amended takes the waiting applications that fit it; a withdrawn or
 * rejected application leaves the list and its meeting (until the meeting opens). Every assignment goes through the
 * meeting's own path ({@link MeetingSchedulingPort}), so its rules and history apply.
 *
 * <p>Locks: the committee's row first, then the application's row, then meetings'. The office's planning and amending
 * take the committee's row before the meeting's too, so an application scheduled while a meeting is being planned
 * either sees the meeting or is seen by it, and neither waits for the other in a cycle.
 */
@Service
class ApplicationScheduling implements MeetingPlanListener {

    static final String SCHEDULED_REASON = "ready for evaluation (ApplicationScheduled)";
    private static final Logger log = LoggerFactory.getLogger(ApplicationScheduling.class);

    private final AwaitingRepository awaiting;
    private final MeetingSchedulingPort meetings;
    private final Committees committees;
    private final MeetingRules rules;
    private final Clock clock;

    ApplicationScheduling(AwaitingRepository awaiting, MeetingSchedulingPort meetings, Committees committees,
            MeetingRules rules, Clock clock) {
        this.awaiting = awaiting;
        this.meetings = meetings;
        this.committees = committees;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * application-service scheduled the application for evaluation. On a meeting neither closed nor cancelled already
     * (assigned by the office by hand, or by an earlier event): recorded as ASSIGNED there, nothing else changes.
     * Otherwise it waits and goes to the earliest fitting meeting of an active committee, if there is one; an
     * unknown or suspended committee keeps it waiting. A withdrawn application is never scheduled again.
     *
     * @param by the service whose event it is: the actor in the meeting's history
     */
    @Transactional
    void scheduled(ScheduledApplication application, String by) {
        Optional<Committee> committee = committees.lockIfKnown(application.committeeCode());
        Optional<AwaitingApplication> known = awaiting.lock(application.applicationId());
        if (known.isPresent() && known.get().status() == AwaitingStatus.WITHDRAWN) {
            log.warn("Application {} was withdrawn or rejected: ApplicationScheduled ignored",
                    application.applicationId());
            return;
        }
        Instant now = clock.instant();
        Optional<Holding> holding = meetings.holding(application.applicationId());
        if (holding.isPresent()) {
            UUID meeting = holding.get().meetingId();
            AwaitingApplication row = known.orElseGet(() -> AwaitingApplication.received(application, by, now));
            if (row.status() != AwaitingStatus.ASSIGNED || !meeting.equals(row.meetingId())) {
                row.assignedTo(meeting, now);
                awaiting.save(row);
            }
            return;
        }
        AwaitingApplication row = known.orElseGet(() -> AwaitingApplication.received(application, by, now));
        if (known.isPresent()) {
            row.scheduledAgain(application, by, now);
        }
        if (committee.isEmpty()) {
            log.warn("Application {} is addressed to committee {}, unknown here: it waits",
                    application.applicationId(), application.committeeCode());
        } else if (!committee.get().isActive()) {
            log.info("Application {} waits: committee {} is {}", application.applicationId(),
                    application.committeeCode(), committee.get().status());
        } else {
            assignToEarliest(row, now);
        }
        awaiting.save(row);
    }

    private void assignToEarliest(AwaitingApplication row, Instant now) {
        LocalDate today = rules.dateOf(now);
        List<Slot> planned = meetings.plannedFrom(row.application().committeeCode(), today).stream()
                .map(ApplicationScheduling::slot).toList();
        for (Slot candidate : MeetingFit.fitting(row.application(), planned, today)) {
            // read without the lock: the meeting may have been filed or amended since
            Slot locked = slot(meetings.lock(candidate.meetingId()));
            if (MeetingFit.fits(row.application(), locked, today)) {
                meetings.assign(locked.meetingId(), row.application().assignment(), row.scheduledBy(),
                        SCHEDULED_REASON);
                row.assignedTo(locked.meetingId(), now);
                return;
            }
        }
        log.info("Application {} waits: no planned meeting of committee {} fits it", row.applicationId(),
                row.application().committeeCode());
    }

    /**
     * The office planned the meeting or amended its plan: the committee's waiting applications that fit it are
     * assigned to it, oldest first (in the office's transaction, which holds the committee's and the meeting's rows).
     * One found on a meeting meanwhile (the office's hand) is recorded as assigned there instead.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void planChanged(UUID meetingId) {
        CandidateMeeting plan = meetings.lock(meetingId);
        Slot meeting = slot(plan);
        Optional<Committee> committee = committees.lockIfKnown(plan.committeeCode());
        if (committee.isEmpty() || !committee.get().isActive()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = rules.dateOf(now);
        for (AwaitingApplication row : awaiting.lockWaiting(plan.committeeCode())) {
            if (!MeetingFit.fits(row.application(), meeting, today)) {
                continue;
            }
            Optional<Holding> holding = meetings.holding(row.applicationId());
            if (holding.isPresent()) {
                row.assignedTo(holding.get().meetingId(), now);
            } else {
                meetings.assign(meetingId, row.application().assignment(), row.scheduledBy(), SCHEDULED_REASON);
                row.assignedTo(meetingId, now);
            }
            awaiting.save(row);
        }
    }

    /**
     * application-service withdrew or rejected the application: it leaves the waiting list for good, and a meeting
     * not yet open takes it off (the office's path, with {@code reason} in the history). A meeting in session keeps
     * it (its vote is the minutes'); the row remembers which.
     *
     * @param committeeCode the committee the event names, locked first like every other path here
     */
    @Transactional
    void closed(UUID applicationId, String committeeCode, String by, String reason) {
        if (committeeCode != null && !committeeCode.isBlank()) {
            committees.lockIfKnown(committeeCode);
        }
        Optional<AwaitingApplication> known = awaiting.lock(applicationId);
        UUID stillOn = null;
        Optional<Holding> holding = meetings.holding(applicationId);
        if (holding.isPresent() && holding.get().status().beforeOpening()) {
            meetings.unassign(holding.get().meetingId(), applicationId, by, reason);
        } else if (holding.isPresent()) {
            stillOn = holding.get().meetingId();
            log.warn("Application {} left the workflow ({}) but meeting {} is {}: it stays on the meeting",
                    applicationId, reason, stillOn, holding.get().status());
        }
        if (known.isPresent() && known.get().status() != AwaitingStatus.WITHDRAWN) {
            known.get().withdrawn(stillOn, clock.instant());
            awaiting.save(known.get());
        }
    }

    private static Slot slot(CandidateMeeting meeting) {
        return new Slot(meeting.id(), meeting.date(), meeting.status(), meeting.titleLevels(),
                meeting.specialties());
    }
}
