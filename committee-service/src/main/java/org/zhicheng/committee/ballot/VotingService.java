package org.zhicheng.committee.ballot;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.ballot.domain.BallotChoice;
import org.zhicheng.committee.ballot.domain.BallotRules;
import org.zhicheng.committee.ballot.domain.CastReceipt;
import org.zhicheng.committee.ballot.domain.Minutes;
import org.zhicheng.committee.ballot.domain.VotingSession;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.meeting.MeetingAccess;
import org.zhicheng.committee.meeting.MeetingAccess.Audience;
import org.zhicheng.committee.meeting.MeetingAccess.Seen;
import org.zhicheng.committee.meeting.MeetingProblems;
import org.zhicheng.committee.meeting.Meetings;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingRules;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Use cases of the meeting in session: opening it, the sign-in, confirming the quorum, the secret ballot, the chair's
 * closing and reading the minutes and one's own receipts. Every write locks the meeting's vote until it commits, so
 * ballots are counted one after the other; a refusal changes nothing.
 */
@Service
class VotingService {

    private final Meetings meetings;
    private final MeetingAccess access;
    private final VotingRepository sessions;
    private final MeetingRules meetingRules;
    private final BallotRules rules;
    private final Clock clock;

    VotingService(Meetings meetings, MeetingAccess access, VotingRepository sessions, MeetingRules meetingRules,
            BallotRules rules, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.sessions = sessions;
        this.meetingRules = meetingRules;
        this.rules = rules;
        this.clock = clock;
    }

    /** The vote as the caller sees it: staff see who is present, panelists only the counts. */
    record SeenVote(Meeting meeting, VotingSession session, Audience audience) {
    }

    /**
     * The office opens an approved meeting with a drawn panel on its date, chaired by a panelist
     * (OpenOnlyWhenApproved); the vote starts with the sign-in.
     */
    @Transactional
    SeenVote open(UUID id, String chair, ZhichengPrincipal user) {
        Meeting meeting = access.lockForOffice(id, user);
        MeetingProblems.translating(() -> meeting.open(chair, meetingRules, user.actor(),
                clock.instant()));
        VotingSession session = MeetingProblems.translating(() -> VotingSession.forMeeting(meeting, rules));
        meetings.save(meeting, user.subject());
        sessions.insert(session);
        return new SeenVote(meeting, session, Audience.STAFF);
    }

    /** The office records the sign-in sheet: the experts listed present, the rest of the panel absent. */
    @Transactional
    SeenVote recordAttendance(UUID id, List<String> present, ZhichengPrincipal user) {
        Meeting meeting = access.lockForOffice(id, user);
        VotingSession session = lockedSession(meeting, "record-attendance");
        MeetingProblems.translating(() -> session.recordAttendance(present));
        sessions.saveAttendance(session);
        return new SeenVote(meeting, session, Audience.STAFF);
    }

    /** The office confirms the quorum (MOHRSS order 40) and closes the sign-in; ballots may be cast from now on. */
    @Transactional
    SeenVote startBalloting(UUID id, ZhichengPrincipal user) {
        Meeting meeting = access.lockForOffice(id, user);
        VotingSession session = lockedSession(meeting, "start-balloting");
        MeetingProblems.translating(session::startBalloting);
        sessions.saveStage(session);
        return new SeenVote(meeting, session, Audience.STAFF);
    }

    /**
     * One secret ballot of the calling expert on one application. The voter is always the token's person;
     * {@code voter}, when given, must be that person (no proxy).
     */
    @Transactional
    CastReceipt cast(UUID id, UUID applicationId, String voter, BallotChoice choice, ZhichengPrincipal user) {
        String person = expertPerson(user, id);
        Meeting meeting = meetings.require(id);
        VotingSession session = lockedSession(meeting, "cast");
        CastReceipt receipt = MeetingProblems.translating(() -> session.cast(applicationId,
                voter == null ? person : voter, person, choice));
        sessions.saveCast(session, receipt);
        return receipt;
    }

    /**
     * The chair closes the meeting: every application gets its outcome, the minutes are archived once and the meeting
     * is CLOSED; emits MeetingResultsRecorded.
     */
    @Transactional
    Minutes close(UUID id, ZhichengPrincipal user) {
        String person = expertPerson(user, id);
        Meeting meeting = meetings.lock(id);
        VotingSession session = lockedSession(meeting, "close");
        Minutes minutes = MeetingProblems.translating(() -> session.close(person, clock.instant()));
        MeetingProblems.translating(() -> meeting.close(minutes, user.actor(), clock.instant()));
        sessions.saveStage(session);
        sessions.insertMinutes(minutes);
        meetings.save(meeting, user.subject());
        return minutes;
    }

    /** The archived minutes, for the committee's office and HR bureau once the meeting is closed. */
    @Transactional(readOnly = true)
    ArchivedMinutes minutes(UUID id, ZhichengPrincipal user) {
        Meeting meeting = access.readForStaff(id, user);
        if (meeting.status() != MeetingStatus.CLOSED) {
            throw Problems.wrongState("meeting", meeting.status(), "read-minutes");
        }
        return new ArchivedMinutes(meeting, sessions.minutes(id)
                .orElseThrow(() -> Problems.notFound("minutes", id)));
    }

    record ArchivedMinutes(Meeting meeting, Minutes minutes) {
    }

    /** The vote's stage and counts: staff and panelists (staff also see who is present). */
    @Transactional(readOnly = true)
    SeenVote vote(UUID id, ZhichengPrincipal user) {
        Seen seen = access.read(id, user);
        Meeting meeting = seen.meeting();
        VotingSession session = sessions.find(meeting, rules)
                .orElseThrow(() -> Problems.wrongState("meeting", meeting.status(), "read-vote"));
        return new SeenVote(meeting, session, seen.audience());
    }

    /** The calling expert's receipts: the applications they voted on, never a choice (theirs or anyone's). */
    @Transactional(readOnly = true)
    MyBallots myBallots(UUID id, ZhichengPrincipal user) {
        Meeting meeting = access.readForPanelist(id, user);
        String person = user.person();
        VotingSession session = sessions.find(meeting, rules).orElse(null);
        List<UUID> voted = session == null ? List.of() : sessions.votedOn(id, person);
        return new MyBallots(meeting, session, person, voted);
    }

    record MyBallots(Meeting meeting, VotingSession session, String expert, List<UUID> votedOn) {
    }

    int quorumMinimum(int panelSize) {
        return rules.quorum().minimumPresent(panelSize);
    }

    /** The meeting's vote, locked; 409 meeting.wrong-state before the meeting opened. */
    private VotingSession lockedSession(Meeting meeting, String action) {
        return sessions.lock(meeting, rules)
                .orElseThrow(() -> Problems.wrongState("meeting", meeting.status(), action));
    }

    /** The expert the token names; 403 for other roles or a token without a person. */
    private static String expertPerson(ZhichengPrincipal user, UUID meetingId) {
        CommitteeScope.requireRole(user, "meeting", Roles.EXPERT);
        if (user.person() == null || user.person().isBlank()) {
            throw Problems.forbidden("meeting.not-on-panel", meetingId);
        }
        return user.person();
    }
}
