package org.zhicheng.committee.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.CommitteeProperties;
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
 * Each check runs in the same order: the role (403 {@code meeting.role-required}, before anything is looked up), the
 * meeting (404 {@code meeting.not-found}), the scope (403 {@code committee.out-of-scope} or
 * {@code meeting.not-on-panel}).
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

    /** A meeting with how much of it the caller sees. */
    public record Seen(Meeting meeting, Audience audience) {
    }

    private static final String RESOURCE = "meeting";

    private final Meetings meetings;
    private final Committees committees;
    private final CommitteeScope scope;
    private final List<String> panelReaders;

    MeetingAccess(Meetings meetings, Committees committees, CommitteeScope scope, CommitteeProperties properties) {
        this.meetings = meetings;
        this.committees = committees;
        this.scope = scope;
        this.panelReaders = List.copyOf(properties.panelReaders());
    }

    /**
     * The committee, for its office to plan a meeting of (404 {@code committee.not-found}); its row stays locked until
     * the caller's transaction ends, as the scheduling of waiting applications locks it before any of its meetings.
     */
    Committee committeeForOffice(String code, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE);
        Committee committee = committees.lock(code);
        scope.requireOffice(user, committee);
        return committee;
    }

    /**
     * As {@link #lockForOffice}, for a change of what the meeting evaluates (its date, levels, specialties): the
     * committee's row is locked before the meeting's, the order the scheduling of waiting applications takes too, so
     * the two never wait for each other.
     */
    Meeting lockPlanForOffice(UUID id, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE);
        Committee committee = committees.lock(meetings.require(id).committeeCode());
        scope.requireOffice(user, committee);
        return meetings.lock(id);
    }

    /**
     * The meeting, for a service that must know who sits on its panel (application-service lets a panelist read the
     * applications assigned to it): only the service accounts of the clients in
     * {@code zhicheng.committee.panel-readers}; 403 {@code meeting.role-required} for anyone else, people included,
     * before anything is looked up; 404 {@code meeting.not-found}. A service has no committee scope to check.
     */
    Meeting readForPanelReader(UUID id, ZhichengPrincipal user) {
        if (user == null || panelReaders.stream().noneMatch(user::isServiceAccountOf)) {
            throw Problems.forbidden(RESOURCE + ".role-required", String.join(", ",
                    panelReaders.stream().map(client -> "service-account-" + client).toList()));
        }
        return meetings.require(id);
    }

    /** The meeting, locked until the caller's transaction ends, for the office of its committee to act on. */
    public Meeting lockForOffice(UUID id, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE);
        Meeting meeting = meetings.lock(id);
        scope.requireOffice(user, committee(meeting));
        return meeting;
    }

    /** The meeting, locked, for the HR bureau covering its committee's territory to act on. */
    Meeting lockForHr(UUID id, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.HR_BUREAU);
        Meeting meeting = meetings.lock(id);
        scope.requireHr(user, committee(meeting));
        return meeting;
    }

    /** The meeting, for its committee's office or HR bureau to read. */
    public Meeting readForStaff(UUID id, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        Meeting meeting = meetings.require(id);
        scope.requireOfficeOrHr(user, committee(meeting));
        return meeting;
    }

    /**
     * The meeting and how much the caller sees of it: staff, or a panelist; 403 {@code meeting.role-required} for
     * other roles, {@code committee.out-of-scope} for staff of another committee or region,
     * {@code meeting.not-on-panel} for an expert not on its panel.
     */
    public Seen read(UUID id, ZhichengPrincipal user) {
        requireReaderRole(user);
        Meeting meeting = meetings.require(id);
        return new Seen(meeting, audience(user, meeting, committee(meeting)));
    }

    /**
     * The meeting, for an expert sitting on its panel (the token's {@code person}: nobody acts for another expert);
     * 403 {@code meeting.not-on-panel} otherwise.
     */
    public Meeting readForPanelist(UUID id, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.EXPERT);
        Meeting meeting = meetings.require(id);
        requirePanelist(user, meeting);
        return meeting;
    }

    /** 403 {@code meeting.role-required} unless the caller may read some meetings: staff or an expert. */
    static void requireReaderRole(ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU, Roles.EXPERT);
    }

    /**
     * How much the caller sees of each meeting found for them (after {@link #requireReaderRole}); each committee is
     * looked up once, not once per meeting.
     */
    List<Seen> seen(List<Meeting> found, ZhichengPrincipal user) {
        Map<String, Committee> byCode = new HashMap<>();
        return found.stream().map(meeting -> new Seen(meeting, audience(user, meeting,
                byCode.computeIfAbsent(meeting.committeeCode(), committees::require)))).toList();
    }

    private Audience audience(ZhichengPrincipal user, Meeting meeting, Committee committee) {
        if (scope.canActAsOffice(user, committee) || scope.canActAsHr(user, committee)) {
            return Audience.STAFF;
        }
        if (user.hasRole(Roles.EXPERT)) {
            requirePanelist(user, meeting);
            return Audience.PANELIST;
        }
        throw Problems.forbidden("committee.out-of-scope", committee.code());
    }

    private static void requirePanelist(ZhichengPrincipal user, Meeting meeting) {
        String person = user.person();
        if (person == null || !meeting.panel().contains(person)) {
            throw Problems.forbidden("meeting.not-on-panel", meeting.id());
        }
    }

    private Committee committee(Meeting meeting) {
        return committees.require(meeting.committeeCode());
    }
}
