package org.zhicheng.committee.meeting;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may see or act on a meeting. The committee's office and the HR bureau covering its territory see everything;
 * an expert sees only meetings whose panel they sit on, and never the other panelists before the meeting closes;
 * applicants, employers and everyone else see no meeting (a public meeting notice is not part of this API).
 */
@Component
public class MeetingAccess {

    /** How much of a meeting a caller sees. */
    public enum Audience {
        /** The committee's office or its HR bureau: the whole meeting, panel included. */
        STAFF,
        /** An expert on the panel: the meeting and their own seat, not the other panelists. */
        PANELIST
    }

    private final Committees committees;
    private final CommitteeScope scope;

    MeetingAccess(Committees committees, CommitteeScope scope) {
        this.committees = committees;
        this.scope = scope;
    }

    /** 403 {@code meeting.role-required} unless the caller holds one of the roles. */
    public static void requireRole(ZhichengPrincipal user, String... roles) {
        if (user == null || !user.hasAnyRole(roles)) {
            throw Problems.forbidden("meeting.role-required", String.join(", ", roles));
        }
    }

    /** 403 unless the caller is the office of the meeting's committee. */
    public void requireOffice(ZhichengPrincipal user, Meeting meeting) {
        requireRole(user, Roles.COMMITTEE_OFFICE);
        scope.requireOffice(user, committee(meeting));
    }

    /** 403 {@code committee.out-of-scope} unless the caller is the committee's office. */
    public void requireOfficeOf(ZhichengPrincipal user, Committee committee) {
        scope.requireOffice(user, committee);
    }

    /** 403 unless the caller is the HR bureau covering the committee's territory. */
    public void requireHr(ZhichengPrincipal user, Meeting meeting) {
        requireRole(user, Roles.HR_BUREAU);
        scope.requireHr(user, committee(meeting));
    }

    /** 403 unless the caller is the committee's office or its HR bureau. */
    public void requireStaff(ZhichengPrincipal user, Meeting meeting) {
        requireRole(user, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        scope.requireOfficeOrHr(user, committee(meeting));
    }

    /**
     * How much the caller sees of the meeting: staff, or a panelist; 403 {@code meeting.role-required} for other
     * roles, {@code committee.out-of-scope} for staff of another committee or region, {@code meeting.not-on-panel}
     * for an expert not on its panel.
     */
    public Audience audience(ZhichengPrincipal user, Meeting meeting) {
        requireRole(user, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU, Roles.EXPERT);
        Committee committee = committee(meeting);
        if (scope.canActAsOffice(user, committee) || scope.canActAsHr(user, committee)) {
            return Audience.STAFF;
        }
        if (user.hasRole(Roles.EXPERT)) {
            requirePanelist(user, meeting);
            return Audience.PANELIST;
        }
        throw Problems.forbidden("committee.out-of-scope", committee.code());
    }

    /**
     * 403 unless the caller is an expert sitting on the meeting's panel; answers their expert id (the token's
     * {@code person}: nobody acts for another expert).
     */
    public String requirePanelist(ZhichengPrincipal user, Meeting meeting) {
        requireRole(user, Roles.EXPERT);
        String person = user.person();
        if (person == null || !meeting.panel().contains(person)) {
            throw Problems.forbidden("meeting.not-on-panel", meeting.id());
        }
        return person;
    }

    private Committee committee(Meeting meeting) {
        return committees.require(meeting.committeeCode());
    }
}
