package org.zhicheng.committee.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.meeting.MeetingAccess.Seen;
import org.zhicheng.committee.meeting.MeetingRepository.HistoryRow;
import org.zhicheng.committee.meeting.MeetingRepository.MeetingPage;
import org.zhicheng.committee.meeting.MeetingRepository.Scope;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingFiling;
import org.zhicheng.committee.meeting.domain.MeetingRules;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.committee.meeting.domain.PanelPlan;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;

/**
 * Use cases of a meeting before it opens: planning and amending, filing with the HR bureau and its answer,
 * cancelling; and reading meetings as each caller may (assignments are {@link AssignmentService}'s). A write locks
 * the meeting's row, runs the domain transition and stores it with its history and events in one transaction; a
 * refusal changes nothing.
 */
@Service
class MeetingService {

    // 001 四: a committee whose evaluation rights are suspended holds no meetings
    private static final String SUSPENSION_RULE = "001-四";

    private final Meetings meetings;
    private final MeetingRepository repository;
    private final MeetingAccess access;
    private final MeetingRules rules;
    private final Clock clock;
    private final ObjectProvider<MeetingPlanListener> planListeners;

    MeetingService(Meetings meetings, MeetingRepository repository, MeetingAccess access, MeetingRules rules,
            Clock clock, ObjectProvider<MeetingPlanListener> planListeners) {
        this.meetings = meetings;
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
        this.planListeners = planListeners;
    }

    /** What a new meeting needs: its committee, name, day and place, and the panel to draw. */
    record NewMeeting(String committee, String title, LocalDate date, String venue, PanelPlan panelPlan) {
    }

    /**
     * The office of an active committee plans a meeting at least a week ahead (002 一(三)); the applications of the
     * committee waiting for a meeting that fit it are assigned to it in the same transaction, so the answer shows
     * them.
     */
    @Transactional
    Meeting create(NewMeeting input, ZhichengPrincipal user) {
        Committee committee = access.committeeForOffice(input.committee(), user);
        if (!committee.isActive()) {
            throw Problems.wrongState("committee", committee.status(), "plan-meeting", SUSPENSION_RULE);
        }
        Meeting meeting = MeetingProblems.translating(() -> Meeting.plan(UUID.randomUUID(), committee.code(),
                input.title(), input.date(), input.venue(), input.panelPlan(), rules, user.actor(),
                clock.instant()));
        meetings.insert(meeting, user.subject());
        return planChanged(meeting.id());
    }

    /**
     * The office amends a PLANNED meeting; a new date is checked against the week's lead time again, and waiting
     * applications that fit the amended meeting are assigned to it, as for a new one.
     */
    @Transactional
    Meeting amend(UUID id, NewMeeting input, String reason, String ifMatch, ZhichengPrincipal user) {
        Meeting meeting = access.lockPlanForOffice(id, user);
        ETags.check(ifMatch, meeting.version());
        MeetingProblems.translating(() -> meeting.amend(input.title(), input.date(), input.venue(),
                input.panelPlan(), rules, user.actor(), reason, clock.instant()));
        meetings.save(meeting, user.subject());
        return planChanged(id);
    }

    /** Tells the plan listeners, then reads the meeting again with what they assigned (and its new version). */
    private Meeting planChanged(UUID id) {
        planListeners.orderedStream().forEach(listener -> listener.planChanged(id));
        return meetings.lock(id);
    }

    /** The office files the meeting with the HR bureau five working days ahead (001 五(二)); emits MeetingFiled. */
    @Transactional
    Meeting file(UUID id, MeetingFiling filing, ZhichengPrincipal user) {
        Meeting meeting = access.lockForOffice(id, user);
        MeetingProblems.translating(() -> meeting.file(filing, rules, user.actor(), clock.instant()));
        meetings.save(meeting, user.subject());
        return meeting;
    }

    /** The HR bureau covering the committee's territory consents in writing. */
    @Transactional
    Meeting approve(UUID id, String consentReference, String note, ZhichengPrincipal user) {
        Meeting meeting = access.lockForHr(id, user);
        MeetingProblems.translating(() -> meeting.approve(consentReference, user.actor(), note,
                clock.instant()));
        meetings.save(meeting, user.subject());
        return meeting;
    }

    /** The HR bureau sends the filing back: PLANNED again, with the reason. */
    @Transactional
    Meeting returnForAmendment(UUID id, String reason, ZhichengPrincipal user) {
        Meeting meeting = access.lockForHr(id, user);
        MeetingProblems.translating(() -> meeting.returnForAmendment(user.actor(), reason,
                clock.instant()));
        meetings.save(meeting, user.subject());
        return meeting;
    }

    @Transactional
    Meeting cancel(UUID id, String reason, ZhichengPrincipal user) {
        Meeting meeting = access.lockForOffice(id, user);
        MeetingProblems.translating(() -> meeting.cancel(user.actor(), reason, clock.instant()));
        meetings.save(meeting, user.subject());
        return meeting;
    }

    @Transactional(readOnly = true)
    Seen find(UUID id, ZhichengPrincipal user) {
        return access.read(id, user);
    }

    /**
     * The meetings the caller may see: an office those of its committees, an HR bureau those of committees in its
     * region, an expert those whose panel they sit on; each with how much of it the caller sees.
     */
    @Transactional(readOnly = true)
    SeenPage search(String committee, MeetingStatus status, int page, int size, ZhichengPrincipal user) {
        MeetingAccess.requireReaderRole(user);
        Scope scope = new Scope(user.hasRole(Roles.COMMITTEE_OFFICE) ? List.copyOf(user.committees()) : List.of(),
                user.hasRole(Roles.HR_BUREAU) && user.region() != null && !user.region().isBlank() ? user.region()
                        : null,
                user.hasRole(Roles.EXPERT) ? user.person() : null);
        MeetingPage found = repository.search(scope, committee, status, page, size);
        return new SeenPage(access.seen(found.meetings(), user), found.total());
    }

    /** One page of meetings as the caller sees them, and how many there are in all. */
    record SeenPage(List<Seen> meetings, long total) {
    }

    /** The meeting, for a panel reader's service account (application-service) to tell who sits on its panel. */
    @Transactional(readOnly = true)
    Meeting panelOf(UUID id, ZhichengPrincipal user) {
        return access.readForPanelReader(id, user);
    }

    @Transactional(readOnly = true)
    List<HistoryRow> history(UUID id, ZhichengPrincipal user) {
        access.readForStaff(id, user);
        return repository.history(id);
    }

    MeetingRules rules() {
        return rules;
    }
}
