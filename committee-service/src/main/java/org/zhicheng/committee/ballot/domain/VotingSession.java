package org.zhicheng.committee.ballot.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;

/**
 * The vote of one open meeting (评审表决), as a state machine {@code ATTENDANCE → BALLOTING → CLOSED}: the panel signs
 * in ({@link #recordAttendance}); the quorum is checked and attendance closed ({@link #startBalloting}); attending
 * panel experts cast one secret ballot each per application ({@link #cast}); the chair closes the meeting, which
 * produces the immutable {@link Minutes} ({@link #close}) that {@link Meeting#close} takes. Every refusal names its
 * rule and changes nothing.
 */
public final class VotingSession {

    private static final String RESOURCE = "ballot";
    // MOHRSS order 40: secret ballot by the experts present, no proxy, no votes after the meeting, chaired
    static final String MOHRSS_40 = "MOHRSS-40";
    // 002 一(三): the meeting evaluates the applications filed with the HR bureau for it
    static final String AGENDA_RULE = "002-一(三)";

    private final UUID meetingId;
    private final String chair;
    private final List<ApplicationAssignment> candidates;
    private final Attendance attendance;
    private final Map<UUID, Ballot> ballots;
    private final BallotRules rules;
    private VotingStage stage;
    private Minutes minutes;
    private int version;

    private VotingSession(UUID meetingId, String chair, List<ApplicationAssignment> candidates, Attendance attendance,
            Collection<Ballot> ballots, BallotRules rules, VotingStage stage, Minutes minutes, int version) {
        this.meetingId = Objects.requireNonNull(meetingId, "meetingId");
        this.chair = Objects.requireNonNull(chair, "chair");
        this.candidates = List.copyOf(candidates);
        this.attendance = Objects.requireNonNull(attendance, "attendance");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.minutes = minutes;
        this.version = version;
        if (!attendance.onPanel(chair)) {
            throw new IllegalArgumentException("the chair " + chair + " is not on the panel");
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a vote needs at least one application");
        }
        if ((stage == VotingStage.CLOSED) != (minutes != null)) {
            throw new IllegalArgumentException("minutes exist exactly when the vote is closed");
        }
        if (stage != VotingStage.ATTENDANCE && !attendance.isClosed()) {
            throw new IllegalArgumentException("attendance closes when balloting starts");
        }
        this.ballots = new LinkedHashMap<>();
        for (ApplicationAssignment candidate : this.candidates) {
            if (this.ballots.put(candidate.applicationId(), Ballot.empty(candidate.applicationId())) != null) {
                throw new IllegalArgumentException("application " + candidate.applicationId() + " listed twice");
            }
        }
        for (Ballot ballot : ballots) {
            if (!this.ballots.containsKey(ballot.applicationId())) {
                throw new IllegalArgumentException("a ballot on " + ballot.applicationId() + ", not on the agenda");
            }
            for (String voter : ballot.roll().voters()) {
                if (!attendance.isPresent(voter)) {
                    throw new IllegalArgumentException("voter " + voter + " was not present");
                }
            }
            this.ballots.put(ballot.applicationId(), ballot);
        }
    }

    /**
     * The vote of a meeting that has just opened: its panel, its chair and its assigned applications (the agenda).
     *
     * @throws WrongStateRefused {@code meeting.wrong-state} unless the meeting is {@code OPEN}
     */
    public static VotingSession forMeeting(Meeting meeting, BallotRules rules) {
        if (meeting.status() != MeetingStatus.OPEN) {
            throw new WrongStateRefused("meeting", meeting.status(), "vote", null);
        }
        return new VotingSession(meeting.id(), meeting.chair(), meeting.assignments(),
                Attendance.open(meeting.panel()), List.of(), rules, VotingStage.ATTENDANCE, null, 0);
    }

    /** A vote as stored; checks that the parts fit together and records nothing. */
    public static VotingSession restore(UUID meetingId, String chair, List<ApplicationAssignment> candidates,
            Attendance attendance, Collection<Ballot> ballots, BallotRules rules, VotingStage stage, Minutes minutes,
            int version) {
        return new VotingSession(meetingId, chair, candidates, attendance, ballots, rules, stage, minutes, version);
    }

    /**
     * Marks a panel expert present or absent; a mark may be corrected until balloting starts.
     *
     * @throws RuleRefused {@code ballot.not-on-panel}, {@code ballot.attendance-closed} once balloting started
     */
    public void recordAttendance(String expert, boolean present) {
        Objects.requireNonNull(expert, "expert");
        if (stage != VotingStage.ATTENDANCE) {
            throw new RuleRefused("ballot.attendance-closed", MOHRSS_40, expert, meetingId);
        }
        if (!attendance.onPanel(expert)) {
            throw new RuleRefused("ballot.not-on-panel", PassThreshold.RULE, expert, meetingId);
        }
        attendance.mark(expert, present);
    }

    /**
     * Records the sign-in sheet at once: the experts listed are present, every other panel expert absent. The whole
     * list is checked before anything is marked; it may be sent again, corrected, until balloting starts.
     *
     * @throws RuleRefused {@code ballot.not-on-panel} for a listed expert not on the panel,
     *                     {@code ballot.attendance-closed} once balloting started
     */
    public void recordAttendance(Collection<String> present) {
        Objects.requireNonNull(present, "present");
        if (stage != VotingStage.ATTENDANCE) {
            throw new RuleRefused("ballot.attendance-closed", MOHRSS_40, String.join(", ", present), meetingId);
        }
        for (String expert : present) {
            if (!attendance.onPanel(expert)) {
                throw new RuleRefused("ballot.not-on-panel", PassThreshold.RULE, expert, meetingId);
            }
        }
        for (String expert : attendance.panel()) {
            attendance.mark(expert, present.contains(expert));
        }
    }

    /**
     * Confirms the quorum and closes attendance; from now on attending experts vote.
     *
     * @throws RuleRefused       {@code ballot.quorum} when fewer than the quorum are present ({@link Quorum})
     * @throws WrongStateRefused {@code ballot.wrong-state} when balloting already started or the vote is closed
     */
    public void startBalloting() {
        requireStage("start", VotingStage.ATTENDANCE);
        rules.quorum().check(attendance.panelSize(), attendance.presentCount());
        attendance.close();
        stage = VotingStage.BALLOTING;
    }

    /**
     * One secret ballot of {@code voter} on one application. {@code castBy} is the expert the caller's token names:
     * nobody votes for anyone else.
     *
     * @throws ConflictRefused   {@code ballot.late} (rule MOHRSS-40) after the meeting closed
     * @throws RuleRefused       {@code ballot.proxy},
     *                           {@code ballot.not-on-agenda}, {@code ballot.not-on-panel}, {@code ballot.not-attending},
     *                           {@code ballot.already-cast}
     * @throws WrongStateRefused {@code ballot.wrong-state} (rule MOHRSS-40) before the quorum was confirmed
     */
    public CastReceipt cast(UUID applicationId, String voter, String castBy, BallotChoice choice) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(castBy, "castBy");
        Objects.requireNonNull(choice, "choice");
        if (stage == VotingStage.CLOSED) {
            throw ConflictRefused.underRule("ballot.late", MOHRSS_40, applicationId, meetingId);
        }
        if (!voter.equals(castBy)) {
            throw new RuleRefused("ballot.proxy", MOHRSS_40, voter, castBy);
        }
        if (stage != VotingStage.BALLOTING) {
            throw new WrongStateRefused(RESOURCE, stage, "cast", MOHRSS_40);
        }
        Ballot ballot = ballots.get(applicationId);
        if (ballot == null) {
            throw new RuleRefused("ballot.not-on-agenda", AGENDA_RULE, applicationId, meetingId);
        }
        if (!attendance.onPanel(voter)) {
            throw new RuleRefused("ballot.not-on-panel", PassThreshold.RULE, voter, meetingId);
        }
        if (!attendance.isPresent(voter)) {
            throw new RuleRefused("ballot.not-attending", MOHRSS_40, voter, meetingId);
        }
        if (ballot.roll().hasVoted(voter)) {
            throw new RuleRefused("ballot.already-cast", MOHRSS_40, voter, applicationId);
        }
        ballot.cast(voter, choice);
        return new CastReceipt(meetingId, applicationId, voter);
    }

    /**
     * The chair closes the meeting: attendance closes if it was still open, every application gets its outcome
     * (NOT_VOTED when nobody voted on it) and the minutes become final.
     *
     * @throws RuleRefused       {@code ballot.not-chair} when anyone but the chair closes
     * @throws WrongStateRefused {@code ballot.wrong-state} when already closed
     */
    public Minutes close(String closedBy, Instant at) {
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(at, "at");
        requireStage("close", VotingStage.ATTENDANCE, VotingStage.BALLOTING);
        if (!closedBy.equals(chair)) {
            throw new RuleRefused("ballot.not-chair", MOHRSS_40, closedBy, chair);
        }
        int attending = attendance.presentCount();
        List<ApplicationResult> results = new ArrayList<>();
        for (Ballot ballot : ballots.values()) {
            Tally tally = ballot.tally();
            results.add(new ApplicationResult(ballot.applicationId(), attending, tally.agree(), tally.disagree(),
                    tally.abstain(), rules.passThreshold().outcome(tally, attending)));
        }
        Minutes closed = Minutes.of(meetingId, attendance, candidates, results, closedBy, at);
        attendance.close();
        this.minutes = closed;
        this.stage = VotingStage.CLOSED;
        return closed;
    }

    private void requireStage(String action, VotingStage... allowed) {
        for (VotingStage candidate : allowed) {
            if (stage == candidate) {
                return;
            }
        }
        throw new WrongStateRefused(RESOURCE, stage, action, null);
    }

    /** Set by the repository after a save bumped the optimistic-lock version. */
    public void savedAs(int newVersion) {
        this.version = newVersion;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String chair() {
        return chair;
    }

    public VotingStage stage() {
        return stage;
    }

    public int version() {
        return version;
    }

    /** The agenda: the applications assigned to the meeting, in order. */
    public List<ApplicationAssignment> candidates() {
        return candidates;
    }

    public Attendance attendance() {
        return attendance;
    }

    /** The ballot on one application (roll and tally), or null when it is not on the agenda. */
    public Ballot ballot(UUID applicationId) {
        return ballots.get(applicationId);
    }

    /** The ballots in agenda order. */
    public List<Ballot> ballots() {
        return List.copyOf(ballots.values());
    }

    /** The minutes, null until the chair closes the meeting. */
    public Minutes minutes() {
        return minutes;
    }
}
