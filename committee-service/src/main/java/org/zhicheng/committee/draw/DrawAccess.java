package org.zhicheng.committee.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.committee.meeting.MeetingDrawPort.DrawableMeeting;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may do what with a meeting's draw. The meeting's committee decides: its office runs the draw, its HR bureau
 * (region covering the committee's territory) reads it; an expert acts on and reads only their own seat; the
 * configured services' accounts read the drawn experts' summons. Everyone may read the published record and its
 * replay, which name experts by pseudonym only.
 */
@Component
class DrawAccess {

    /** The meeting state a draw and its steps need: filed with and approved by the HR bureau, panel not yet final. */
    static final String DRAWABLE = "APPROVED";

    private final MeetingDrawPort meetings;
    private final Committees committees;
    private final CommitteeScope scope;
    private final DrawSummonsProperties summons;

    DrawAccess(MeetingDrawPort meetings, Committees committees, CommitteeScope scope, DrawSummonsProperties summons) {
        this.meetings = meetings;
        this.committees = committees;
        this.scope = scope;
        this.summons = summons;
    }

    /** A meeting with its committee. */
    record Target(DrawableMeeting meeting, Committee committee) {
    }

    /** The meeting (404 {@code meeting.not-found}) and its committee, for the committee's office (403 otherwise). */
    Target asOffice(UUID meetingId, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "draw", Roles.COMMITTEE_OFFICE);
        Target target = lockedTarget(meetingId);
        scope.requireOffice(user, target.committee());
        return target;
    }

    /** As {@link #asOffice}, for the committee's office or its HR bureau. */
    Target asOfficeOrHr(UUID meetingId, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "draw", Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        Target target = target(meetingId);
        scope.requireOfficeOrHr(user, target.committee());
        return target;
    }

    /** The meeting for a caller allowed to read some of the draw: the office, the HR bureau or an expert. */
    Target asReader(UUID meetingId, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "draw", Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU, Roles.EXPERT);
        Target target = target(meetingId);
        if (!isOfficeOrHr(user, target) && !user.hasRole(Roles.EXPERT)) {
            throw Problems.forbidden("committee.out-of-scope", target.committee().code());
        }
        return target;
    }

    /**
     * The meeting for reading a drawn round's summons (who it selected, with their contacts): the committee's office,
     * its HR bureau, or the service account of a configured summons reader (notification-service, which tells the
     * drawn experts; the {@code PanelDrawn} event names nobody). In the order of the other checks: 403
     * {@code draw.role-required} for anyone else, then 404 {@code meeting.not-found}, then 403
     * {@code committee.out-of-scope} for another committee's office or another region's HR bureau.
     */
    Target asSummonsReader(UUID meetingId, ZhichengPrincipal user) {
        boolean reader = user != null && summons.summonsReaders().stream().anyMatch(user::isServiceAccountOf);
        if (!reader && (user == null || !user.hasAnyRole(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU))) {
            List<String> allowed = new ArrayList<>(List.of(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU));
            summons.summonsReaders().forEach(client -> allowed.add("service-account-" + client));
            throw Problems.forbidden("draw.role-required", String.join(", ", allowed));
        }
        Target target = target(meetingId);
        if (!reader) {
            scope.requireOfficeOrHr(user, target.committee());
        }
        return target;
    }

    /**
     * The meeting for a seat's answer: the expert themself (token role {@code expert}, {@code person} = the expert's
     * id) or the committee's office on the expert's behalf (e.g. an answer given by telephone; the office is logged
     * as the actor). 403 {@code draw.other-expert} for an expert answering for someone else.
     */
    Target asSeatHolderOrOffice(UUID meetingId, String expertId, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "draw", Roles.COMMITTEE_OFFICE, Roles.EXPERT);
        Target target = lockedTarget(meetingId);
        if (isOffice(user, target)) {
            return target;
        }
        if (user.hasRole(Roles.EXPERT) && expertId.equals(user.person())) {
            return target;
        }
        if (user.hasRole(Roles.EXPERT)) {
            throw Problems.forbidden("draw.other-expert", expertId);
        }
        throw Problems.forbidden("committee.out-of-scope", target.committee().code());
    }

    boolean isOffice(ZhichengPrincipal user, Target target) {
        return scope.canActAsOffice(user, target.committee());
    }

    boolean isOfficeOrHr(ZhichengPrincipal user, Target target) {
        return isOffice(user, target) || scope.canActAsHr(user, target.committee());
    }

    /** 409 {@code meeting.wrong-state} unless the meeting is {@link #DRAWABLE}. */
    static void requireDrawable(DrawableMeeting meeting, String action) {
        if (!DRAWABLE.equals(meeting.status())) {
            throw Problems.wrongState("meeting", meeting.status(), action);
        }
    }

    private Target target(UUID meetingId) {
        DrawableMeeting meeting = meetings.drawable(meetingId);
        return new Target(meeting, committees.require(meeting.committeeCode()));
    }

    /** For the draw's steps that change it: the meeting stays locked until the step's transaction ends. */
    private Target lockedTarget(UUID meetingId) {
        DrawableMeeting meeting = meetings.lockDrawable(meetingId);
        return new Target(meeting, committees.require(meeting.committeeCode()));
    }
}
