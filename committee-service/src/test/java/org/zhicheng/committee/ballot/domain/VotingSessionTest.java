package org.zhicheng.committee.ballot.domain;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhicheng.committee.meeting.domain.ApplicationOutcome;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingFixtures;
import org.zhicheng.committee.meeting.domain.MeetingResultsRecorded;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.committee.meeting.domain.MeetingTransition;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.zhicheng.committee.ballot.domain.BallotChoice.ABSTAIN;
import static org.zhicheng.committee.ballot.domain.BallotChoice.AGREE;
import static org.zhicheng.committee.ballot.domain.BallotChoice.DISAGREE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.assignment;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.at;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.panel;

class VotingSessionTest {

    private static final UUID FIRST = assignment(1).applicationId();
    private static final UUID SECOND = assignment(2).applicationId();
    private static final Instant CLOSING = at("2024-10-14", "17:30");

    private Meeting meeting;

    /** A session of an open meeting whose first {@code present} panel experts signed in. */
    private VotingSession session(int panelSize, int present) {
        meeting = MeetingFixtures.open(panelSize);
        VotingSession session = VotingSession.forMeeting(meeting, BallotRules.SEED_NOTICES);
        List<String> experts = panel(panelSize);
        for (int i = 0; i < panelSize; i++) {
            session.recordAttendance(experts.get(i), i < present);
        }
        return session;
    }

    private VotingSession balloting(int panelSize, int present) {
        VotingSession session = session(panelSize, present);
        session.startBalloting();
        return session;
    }

    private static String expert(int n) {
        return panel(11).get(n - 1);
    }

    private static void castAll(VotingSession session, UUID application, BallotChoice... choices) {
        for (int i = 0; i < choices.length; i++) {
            session.cast(application, expert(i + 1), expert(i + 1), choices[i]);
        }
    }

    private static void refused(Runnable action, String code, String rule) {
        assertThatExceptionOfType(RuleRefused.class).isThrownBy(action::run).satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.rule()).isEqualTo(rule);
        });
    }

    @Test
    void votingStartsOnlyOnAnOpenMeeting() {
        assertThatExceptionOfType(WrongStateRefused.class)
            .isThrownBy(() -> VotingSession.forMeeting(MeetingFixtures.approved(), BallotRules.SEED_NOTICES))
            .extracting(WrongStateRefused::code).isEqualTo("meeting.wrong-state");
    }

    @Test
    void theSessionTakesPanelChairAndAgendaFromTheMeeting() {
        VotingSession session = session(7, 0);

        assertThat(session.attendance().panel()).isEqualTo(panel(7));
        assertThat(session.chair()).isEqualTo(meeting.chair());
        assertThat(session.candidates()).isEqualTo(meeting.assignments());
        assertThat(session.stage()).isEqualTo(VotingStage.ATTENDANCE);
    }

    @Test
    void attendanceIsRecordedOnlyForPanelExperts() {
        VotingSession session = session(7, 5);

        refused(() -> session.recordAttendance("E-NOBODY", true), "ballot.not-on-panel", "002-一(四)");
        assertThat(session.attendance().presentCount()).isEqualTo(5);
    }

    @Test
    void anExpertNotMarkedCountsAsAbsent() {
        meeting = MeetingFixtures.open(5);
        VotingSession session = VotingSession.forMeeting(meeting, BallotRules.SEED_NOTICES);
        session.recordAttendance(expert(1), true);

        assertThat(session.attendance().unmarked()).containsExactly(expert(2), expert(3), expert(4), expert(5));
        assertThat(session.attendance().absent()).containsExactly(expert(2), expert(3), expert(4), expert(5));
    }

    @Test
    void aQuorumShortByOneIsRefusedAndNothingChanges() {
        VotingSession session = session(9, 5);

        assertThatExceptionOfType(RuleRefused.class).isThrownBy(session::startBalloting).satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo("ballot.quorum");
            assertThat(refusal.rule()).isEqualTo("MOHRSS-40");
            assertThat(refusal.arguments()).containsExactly(5, 9, 6);
        });
        assertThat(session.stage()).isEqualTo(VotingStage.ATTENDANCE);
        assertThat(session.attendance().isClosed()).isFalse();

        session.recordAttendance(expert(6), true);
        session.startBalloting();
        assertThat(session.stage()).isEqualTo(VotingStage.BALLOTING);
    }

    @ParameterizedTest(name = "panel {0}: {1} present is enough")
    @CsvSource({ "9, 6", "7, 5", "5, 4" })
    void twoThirdsOfThePanelPresentLetsBallotingStart(int panel, int present) {
        VotingSession session = balloting(panel, present);

        assertThat(session.stage()).isEqualTo(VotingStage.BALLOTING);
        assertThat(session.attendance().isClosed()).isTrue();
    }

    @Test
    void attendanceClosesWhenBallotingStarts() {
        VotingSession session = balloting(7, 5);

        refused(() -> session.recordAttendance(expert(6), true), "ballot.attendance-closed", "MOHRSS-40");
        assertThat(session.attendance().presentCount()).isEqualTo(5);
    }

    @Test
    void noBallotIsCastBeforeTheQuorumIsConfirmed() {
        VotingSession session = session(7, 7);

        assertThatExceptionOfType(WrongStateRefused.class)
            .isThrownBy(() -> session.cast(FIRST, expert(1), expert(1), AGREE))
            .satisfies(refusal -> {
                assertThat(refusal.code()).isEqualTo("ballot.wrong-state");
                assertThat(refusal.rule()).isEqualTo("MOHRSS-40");
            });
        assertThat(session.ballot(FIRST).tally()).isEqualTo(Tally.EMPTY);
    }

    @Test
    void aBallotFromAnExpertNotAttendingIsRefusedAndNothingChanges() {
        VotingSession session = balloting(7, 5);

        refused(() -> session.cast(FIRST, expert(6), expert(6), AGREE), "ballot.not-attending", "MOHRSS-40");
        assertThat(session.ballot(FIRST).tally()).isEqualTo(Tally.EMPTY);
        assertThat(session.ballot(FIRST).roll().size()).isZero();
    }

    @Test
    void aBallotFromAnExpertOffThePanelIsRefusedAndNothingChanges() {
        VotingSession session = balloting(7, 5);
        String outsider = expert(10);

        refused(() -> session.cast(FIRST, outsider, outsider, AGREE), "ballot.not-on-panel", "002-一(四)");
        assertThat(session.ballot(FIRST).tally()).isEqualTo(Tally.EMPTY);
    }

    @Test
    void aSecondBallotOnTheSameApplicationIsRefusedAndTheFirstStands() {
        VotingSession session = balloting(7, 5);
        session.cast(FIRST, expert(1), expert(1), AGREE);

        refused(() -> session.cast(FIRST, expert(1), expert(1), DISAGREE), "ballot.already-cast", "MOHRSS-40");
        assertThat(session.ballot(FIRST).tally()).isEqualTo(new Tally(1, 0, 0));

        session.cast(SECOND, expert(1), expert(1), DISAGREE);
        assertThat(session.ballot(SECOND).tally()).isEqualTo(new Tally(0, 1, 0));
    }

    @Test
    void nobodyVotesByProxy() {
        VotingSession session = balloting(7, 5);

        refused(() -> session.cast(FIRST, expert(2), expert(1), AGREE), "ballot.proxy", "MOHRSS-40");
        assertThat(session.ballot(FIRST).roll().hasVoted(expert(2))).isFalse();
    }

    @Test
    void aBallotOnAnApplicationOffTheAgendaIsRefused() {
        VotingSession session = balloting(7, 5);

        refused(() -> session.cast(UUID.randomUUID(), expert(1), expert(1), AGREE), "ballot.not-on-agenda",
                "002-一(三)");
    }

    @Test
    void noBallotAfterTheMeetingClosed() {
        VotingSession session = balloting(7, 5);
        session.close(meeting.chair(), CLOSING);

        assertThatExceptionOfType(ConflictRefused.class)
            .isThrownBy(() -> session.cast(FIRST, expert(1), expert(1), AGREE)).satisfies(refusal -> {
                assertThat(refusal.code()).isEqualTo("ballot.late");
                assertThat(refusal.rule()).isEqualTo("MOHRSS-40");
            });
        assertThat(session.minutes().results().getFirst().cast()).isZero();
    }

    @Test
    void theBallotKeepsWhoVotedApartFromWhatWasChosen() {
        VotingSession session = balloting(7, 5);
        castAll(session, FIRST, DISAGREE, AGREE, ABSTAIN);

        Ballot ballot = session.ballot(FIRST);
        assertThat(ballot.roll().voters()).containsExactlyInAnyOrder(expert(1), expert(2), expert(3));
        assertThat(ballot.roll().voters()).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
        assertThat(ballot.tally()).isEqualTo(new Tally(1, 1, 1));
        assertThat(Arrays.stream(CastReceipt.class.getRecordComponents()).map(RecordComponent::getName))
            .containsExactly("meetingId", "applicationId", "voter");
    }

    @Test
    void onlyTheChairClosesTheMeeting() {
        VotingSession session = balloting(7, 5);

        refused(() -> session.close(expert(2), CLOSING), "ballot.not-chair", "MOHRSS-40");
        assertThat(session.stage()).isEqualTo(VotingStage.BALLOTING);
        assertThat(session.minutes()).isNull();
    }

    @Test
    void closingTwiceIsAWrongState() {
        VotingSession session = balloting(7, 5);
        session.close(meeting.chair(), CLOSING);

        assertThatExceptionOfType(WrongStateRefused.class)
            .isThrownBy(() -> session.close(meeting.chair(), CLOSING))
            .extracting(WrongStateRefused::code).isEqualTo("ballot.wrong-state");
    }

    @ParameterizedTest(name = "{0} attending: {1} agree pass, {2} agree fail")
    @CsvSource({ "5, 4, 3", "7, 5, 4", "9, 6, 5", "11, 8, 7" })
    void theMinutesPassTwoThirdsOfAttendingAndFailOneShort(int attending, int passing, int failing) {
        VotingSession session = balloting(attending, attending);
        for (int n = 1; n <= attending; n++) {
            session.cast(FIRST, expert(n), expert(n), n <= passing ? AGREE : DISAGREE);
            session.cast(SECOND, expert(n), expert(n), n <= failing ? AGREE : ABSTAIN);
        }

        Minutes minutes = session.close(meeting.chair(), CLOSING);

        assertThat(minutes.results()).containsExactly(
                new ApplicationResult(FIRST, attending, passing, attending - passing, 0, ApplicationOutcome.PASSED),
                new ApplicationResult(SECOND, attending, failing, 0, attending - failing, ApplicationOutcome.FAILED));
    }

    @Test
    void expertsPresentWhoDidNotVoteCountAgainstPassing() {
        // 7 present; 5 vote AGREE on the first, 4 vote AGREE on the second and 3 stay silent
        VotingSession session = balloting(7, 7);
        castAll(session, FIRST, AGREE, AGREE, AGREE, AGREE, AGREE);
        castAll(session, SECOND, AGREE, AGREE, AGREE, AGREE);

        Minutes minutes = session.close(meeting.chair(), CLOSING);

        assertThat(minutes.results()).extracting(ApplicationResult::outcome)
            .containsExactly(ApplicationOutcome.PASSED, ApplicationOutcome.FAILED);
    }

    @Test
    void anApplicationWithoutBallotsIsRecordedNotVoted() {
        VotingSession session = balloting(5, 4);
        castAll(session, FIRST, AGREE, AGREE, AGREE, DISAGREE);

        Minutes minutes = session.close(meeting.chair(), CLOSING);

        assertThat(minutes.results()).containsExactly(
                new ApplicationResult(FIRST, 4, 3, 1, 0, ApplicationOutcome.PASSED),
                new ApplicationResult(SECOND, 4, 0, 0, 0, ApplicationOutcome.NOT_VOTED));
    }

    @Test
    void aMeetingClosedWithoutQuorumRecordsEveryApplicationNotVoted() {
        VotingSession session = session(9, 5);

        Minutes minutes = session.close(meeting.chair(), CLOSING);

        assertThat(session.attendance().isClosed()).isTrue();
        assertThat(minutes.attending()).isEqualTo(5);
        assertThat(minutes.results()).extracting(ApplicationResult::outcome)
            .containsOnly(ApplicationOutcome.NOT_VOTED);
    }

    @Test
    void theMinutesRecordAttendanceTalliesOutcomesAndTheChair() {
        VotingSession session = balloting(7, 6);
        castAll(session, FIRST, AGREE, AGREE, AGREE, AGREE, AGREE, DISAGREE);
        castAll(session, SECOND, AGREE, AGREE, AGREE, DISAGREE, DISAGREE, ABSTAIN);

        Minutes minutes = session.close(meeting.chair(), CLOSING);

        assertThat(minutes.meetingId()).isEqualTo(meeting.id());
        assertThat(minutes.panel()).isEqualTo(panel(7));
        assertThat(minutes.present()).containsExactlyInAnyOrderElementsOf(panel(7).subList(0, 6));
        assertThat(minutes.absent()).containsExactly(expert(7));
        assertThat(minutes.candidates()).isEqualTo(meeting.assignments());
        assertThat(minutes.closedBy()).isEqualTo(meeting.chair());
        assertThat(minutes.closedAt()).isEqualTo(CLOSING);
        assertThat(minutes.results()).containsExactly(
                new ApplicationResult(FIRST, 6, 5, 1, 0, ApplicationOutcome.PASSED),
                new ApplicationResult(SECOND, 6, 3, 2, 1, ApplicationOutcome.FAILED));
        assertThat(minutes.contentHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(minutes.canonicalText()).doesNotContain(expert(1) + "|AGREE");
    }

    @Test
    void closingTheMeetingWithTheMinutesEmitsTheOutcomes() {
        VotingSession session = balloting(5, 5);
        castAll(session, FIRST, AGREE, AGREE, AGREE, AGREE, DISAGREE);
        castAll(session, SECOND, AGREE, AGREE, AGREE, DISAGREE, DISAGREE);
        Minutes minutes = session.close(meeting.chair(), CLOSING);

        MeetingTransition closed = meeting.close(minutes, "office-liandu", CLOSING);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(MeetingResultsRecorded.class, event -> {
            assertThat(event.minutesHash()).isEqualTo(minutes.contentHash());
            assertThat(event.panelSize()).isEqualTo(5);
            assertThat(event.attending()).isEqualTo(5);
            assertThat(event.results()).extracting(ApplicationResult::applicationId, ApplicationResult::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST, ApplicationOutcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple(SECOND, ApplicationOutcome.FAILED));
        });
    }

    @Test
    void archivedMinutesRestoreOnlyWhenUnaltered() {
        VotingSession session = balloting(5, 5);
        castAll(session, FIRST, AGREE, AGREE, AGREE, AGREE, DISAGREE);
        Minutes minutes = session.close(meeting.chair(), CLOSING);

        Minutes restored = Minutes.restore(minutes.meetingId(), minutes.panel(), minutes.present(),
                minutes.candidates(), minutes.results(), minutes.closedBy(), minutes.closedAt(),
                minutes.contentHash());
        assertThat(restored.canonicalText()).isEqualTo(minutes.canonicalText());

        List<ApplicationResult> edited = List.of(
                new ApplicationResult(FIRST, 5, 3, 2, 0, ApplicationOutcome.FAILED), minutes.results().get(1));
        assertThatIllegalStateException().isThrownBy(() -> Minutes.restore(minutes.meetingId(), minutes.panel(),
                minutes.present(), minutes.candidates(), edited, minutes.closedBy(), minutes.closedAt(),
                minutes.contentHash()))
            .withMessageContaining("altered");
    }

    @Test
    void aStoredSessionRestoresAndVotingContinues() {
        VotingSession session = balloting(5, 4);
        castAll(session, FIRST, AGREE, DISAGREE);
        Attendance attendance = Attendance.restore(panel(5), session.attendance().present(),
                session.attendance().absent(), true);
        List<Ballot> ballots = session.ballots().stream()
            .map(ballot -> Ballot.restore(ballot.applicationId(), Set.copyOf(ballot.roll().voters()),
                    ballot.tally()))
            .toList();

        VotingSession restored = VotingSession.restore(meeting.id(), meeting.chair(), meeting.assignments(),
                attendance, ballots, BallotRules.SEED_NOTICES, VotingStage.BALLOTING, null, 3);

        refused(() -> restored.cast(FIRST, expert(1), expert(1), AGREE), "ballot.already-cast", "MOHRSS-40");
        restored.cast(FIRST, expert(3), expert(3), AGREE);
        assertThat(restored.ballot(FIRST).tally()).isEqualTo(new Tally(2, 1, 0));
        assertThat(restored.version()).isEqualTo(3);
    }

    @Test
    void aStoredBallotWhoseRollAndTallyDisagreeIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Ballot.restore(FIRST, Set.of(expert(1)), new Tally(1, 1, 0)));
    }
}
