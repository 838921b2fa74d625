package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.problem.ConflictRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.HR;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.OFFICE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.RULES;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.assignment;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.at;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.morningOf;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.panel;

class MeetingLifecycleTest {

    private static void wrongState(Runnable action, MeetingStatus state, String verb, String rule) {
        assertThatExceptionOfType(WrongStateRefused.class).isThrownBy(action::run).satisfies(refused -> {
            assertThat(refused.code()).isEqualTo("meeting.wrong-state");
            assertThat(refused.state()).isEqualTo(state.name());
            assertThat(refused.action()).isEqualTo(verb);
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.arguments()).containsExactly("meeting", state.name(), verb);
        });
    }

    @Test
    void filingApprovalDrawAndOpeningFollowEachOtherAndAreRecorded() {
        Meeting meeting = MeetingFixtures.open(9);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.OPEN);
        assertThat(meeting.chair()).isEqualTo(panel(9).getFirst());
        assertThat(meeting.takeRecorded())
            .extracting(MeetingTransition::action, MeetingTransition::from, MeetingTransition::to)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.CREATE, null, MeetingStatus.PLANNED),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.ASSIGN, MeetingStatus.PLANNED,
                            MeetingStatus.PLANNED),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.ASSIGN, MeetingStatus.PLANNED,
                            MeetingStatus.PLANNED),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.FILE, MeetingStatus.PLANNED,
                            MeetingStatus.FILED),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.APPROVE, MeetingStatus.FILED,
                            MeetingStatus.APPROVED),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.RECORD_PANEL, MeetingStatus.APPROVED,
                            MeetingStatus.PANEL_DRAWN),
                    org.assertj.core.groups.Tuple.tuple(MeetingAction.OPEN, MeetingStatus.PANEL_DRAWN,
                            MeetingStatus.OPEN));
        assertThat(meeting.takeRecorded()).isEmpty();
    }

    @Test
    void historyRowsSayWhoWhenAndWhichApplication() {
        Meeting meeting = MeetingFixtures.planned();

        List<MeetingTransition> history = meeting.takeRecorded();

        assertThat(history.get(1).applicationId()).isEqualTo(assignment(1).applicationId());
        assertThat(history.get(1).actor()).isEqualTo(OFFICE);
        assertThat(history.get(1).at()).isEqualTo(morningOf("2024-09-03"));
    }

    @Test
    void theHrBureauApprovesWithItsWrittenConsent() {
        Meeting meeting = MeetingFixtures.filed();

        meeting.approve("莲人社函〔2024〕88号", HR, "同意", morningOf("2024-09-25"));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(meeting.snapshot().approval().consentReference()).isEqualTo("莲人社函〔2024〕88号");
        assertThat(meeting.snapshot().approval().approvedBy()).isEqualTo(HR);
    }

    @Test
    void aReturnedFilingGoesBackToPlannedWithTheReasonAndCanBeFiledAgain() {
        Meeting meeting = MeetingFixtures.filed();
        meeting.takeRecorded();

        MeetingTransition returned = meeting.returnForAmendment(HR, "评前公示材料不全", morningOf("2024-09-23"));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.returnReason()).isEqualTo("评前公示材料不全");
        assertThat(returned.from()).isEqualTo(MeetingStatus.FILED);
        assertThat(returned.to()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(returned.reason()).isEqualTo("评前公示材料不全");
        assertThat(meeting.snapshot().filing()).as("the returned filing stays for amendment").isNotNull();

        meeting.file(MeetingFixtures.filing(), RULES, OFFICE, morningOf("2024-09-24"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.FILED);
        assertThat(meeting.returnReason()).isNull();
    }

    @Test
    void aReturnNeedsAReason() {
        Meeting meeting = MeetingFixtures.filed();

        assertThatIllegalArgumentException().isThrownBy(() -> meeting.returnForAmendment(HR, " ",
                morningOf("2024-09-23")));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.FILED);
    }

    @Test
    void approvingAMeetingThatWasNotFiledIsAWrongState() {
        Meeting meeting = MeetingFixtures.planned();

        wrongState(() -> meeting.approve("ref", HR, null, morningOf("2024-09-25")), MeetingStatus.PLANNED, "approve",
                null);
    }

    @Test
    void filingTwiceIsAWrongState() {
        Meeting meeting = MeetingFixtures.filed();

        wrongState(() -> meeting.file(MeetingFixtures.filing(), RULES, OFFICE, morningOf("2024-09-21")),
                MeetingStatus.FILED, "file", null);
    }

    @Test
    void aMeetingThatWasNeverApprovedCannotOpenAndTheRuleIsNamed() {
        Meeting planned = MeetingFixtures.planned();
        Meeting filed = MeetingFixtures.filed();

        wrongState(() -> planned.open("E-NOBODY", RULES, OFFICE, morningOf("2024-10-14")),
                MeetingStatus.PLANNED, "open", "001-五(二)");
        wrongState(() -> filed.open("E-NOBODY", RULES, OFFICE, morningOf("2024-10-14")),
                MeetingStatus.FILED, "open", "001-五(二)");
    }

    @Test
    void anApprovedMeetingWithoutAPanelCannotOpen() {
        Meeting meeting = MeetingFixtures.approved();

        wrongState(() -> meeting.open("E-NOBODY", RULES, OFFICE, morningOf("2024-10-14")),
                MeetingStatus.APPROVED, "open", null);
    }

    @Test
    void aMeetingCannotOpenBeforeItsDate() {
        Meeting meeting = MeetingFixtures.panelDrawn(7);

        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> meeting.open(panel(7).getFirst(), RULES, OFFICE, at("2024-10-13", "23:00")))
            .satisfies(refused -> {
                assertThat(refused.code()).isEqualTo("meeting.before-date");
                assertThat(refused.rule()).isEqualTo("001-五(二)");
            });
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PANEL_DRAWN);
    }

    @Test
    void theChairSitsOnThePanel() {
        Meeting meeting = MeetingFixtures.panelDrawn(7);

        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> meeting.open("E-NOBODY", RULES, OFFICE, morningOf("2024-10-14")))
            .extracting(RuleRefused::code).isEqualTo("meeting.chair-not-on-panel");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PANEL_DRAWN);
        assertThat(meeting.chair()).isNull();
    }

    @Test
    void aMeetingWithoutApplicationsCannotOpen() {
        Meeting meeting = MeetingFixtures.panelDrawn(7);
        meeting.unassign(assignment(1).applicationId(), OFFICE, "withdrawn", morningOf("2024-10-11"));
        meeting.unassign(assignment(2).applicationId(), OFFICE, "withdrawn", morningOf("2024-10-11"));

        assertThatExceptionOfType(ConflictRefused.class)
            .isThrownBy(() -> meeting.open(panel(7).getFirst(), RULES, OFFICE, morningOf("2024-10-14")))
            .extracting(ConflictRefused::code).isEqualTo("meeting.no-applications");
    }

    @Test
    void applicationsAreAssignedUntilThePanelIsDrawn() {
        Meeting approved = MeetingFixtures.approved();
        approved.assign(assignment(3), OFFICE, morningOf("2024-10-09"));
        assertThat(approved.assignments()).extracting(ApplicationAssignment::applicationId)
            .containsExactly(assignment(1).applicationId(), assignment(2).applicationId(),
                    assignment(3).applicationId());

        Meeting drawn = MeetingFixtures.panelDrawn(7);
        wrongState(() -> drawn.assign(assignment(3), OFFICE, morningOf("2024-10-11")), MeetingStatus.PANEL_DRAWN,
                "assign", Meeting.ASSIGNMENT_RULE);
        drawn.unassign(assignment(1).applicationId(), OFFICE, "撤回申报", morningOf("2024-10-11"));
        assertThat(drawn.assignments()).hasSize(1);
        Meeting open = MeetingFixtures.open(7);
        wrongState(() -> open.assign(assignment(3), OFFICE, morningOf("2024-10-14")), MeetingStatus.OPEN, "assign",
                Meeting.ASSIGNMENT_RULE);
        wrongState(() -> open.unassign(assignment(1).applicationId(), OFFICE, null, morningOf("2024-10-14")),
                MeetingStatus.OPEN, "unassign", null);
        Meeting cancelled = MeetingFixtures.planned();
        cancelled.cancel(OFFICE, "专家不足", morningOf("2024-09-05"));
        wrongState(() -> cancelled.assign(assignment(3), OFFICE, morningOf("2024-09-06")), MeetingStatus.CANCELLED,
                "assign", null);
    }

    @Test
    void anApplicationIsAssignedOnce() {
        Meeting meeting = MeetingFixtures.planned();

        assertThatExceptionOfType(ConflictRefused.class)
            .isThrownBy(() -> meeting.assign(assignment(1), OFFICE, morningOf("2024-09-04")))
            .extracting(ConflictRefused::code).isEqualTo("meeting.already-assigned");
        assertThatExceptionOfType(ConflictRefused.class)
            .isThrownBy(() -> meeting.unassign(assignment(9).applicationId(), OFFICE, null, morningOf("2024-09-04")))
            .extracting(ConflictRefused::code).isEqualTo("meeting.not-assigned");
        assertThat(meeting.assignments()).hasSize(2);
    }

    @Test
    void aPanelIsRecordedOnceTopUpsHappenInsideTheDraw() {
        Meeting meeting = MeetingFixtures.panelDrawn(7);

        wrongState(() -> meeting.recordPanel(UUID.randomUUID(), panel(9).subList(2, 9), OFFICE,
                morningOf("2024-10-11")), MeetingStatus.PANEL_DRAWN, "record-panel", null);
        assertThat(meeting.panel()).isEqualTo(panel(7));
    }

    @Test
    void thePanelIsRecordedOnlyAfterApproval() {
        Meeting meeting = MeetingFixtures.filed();

        wrongState(() -> meeting.recordPanel(UUID.randomUUID(), panel(7), OFFICE, morningOf("2024-09-21")),
                MeetingStatus.FILED, "record-panel", null);
    }

    @Test
    void aMeetingIsCancelledFromAnyStateBeforeOpeningButNotAfter() {
        for (Meeting meeting : List.of(MeetingFixtures.planned(), MeetingFixtures.filed(), MeetingFixtures.approved(),
                MeetingFixtures.panelDrawn(5))) {
            MeetingStatus before = meeting.status();
            MeetingTransition cancelled = meeting.cancel(OFFICE, "专家不足", morningOf("2024-10-12"));
            assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(cancelled.from()).isEqualTo(before);
            assertThat(meeting.snapshot().cancelReason()).isEqualTo("专家不足");
        }
        Meeting open = MeetingFixtures.open(5);
        wrongState(() -> open.cancel(OFFICE, "too late", morningOf("2024-10-14")), MeetingStatus.OPEN, "cancel",
                null);
    }

    @Test
    void closingChecksTheVoteBelongsToTheMeetingAndCoversItsApplications() {
        Meeting meeting = MeetingFixtures.open(5);
        String chair = meeting.chair();
        Instant at = at("2024-10-14", "17:00");
        List<ApplicationResult> onlyOne = List.of(
                new ApplicationResult(assignment(1).applicationId(), 5, 4, 1, 0, ApplicationOutcome.PASSED));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> meeting.close(new Vote(meeting.id(), chair, at, onlyOne), OFFICE, at));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> meeting.close(new Vote(UUID.randomUUID(), chair, at, onlyOne), OFFICE, at));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.OPEN);
    }

    @Test
    void closingRecordsTheResultsAndEmitsThem() {
        Meeting meeting = MeetingFixtures.open(5);
        Instant at = at("2024-10-14", "17:00");
        List<ApplicationResult> results = List.of(
                new ApplicationResult(assignment(1).applicationId(), 5, 4, 1, 0, ApplicationOutcome.PASSED),
                new ApplicationResult(assignment(2).applicationId(), 5, 3, 1, 1, ApplicationOutcome.FAILED));
        meeting.takeRecorded();

        MeetingTransition closed = meeting.close(new Vote(meeting.id(), meeting.chair(), at, results), OFFICE, at);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(meeting.closing().minutesHash()).isEqualTo("hash");
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(MeetingResultsRecorded.class, event -> {
            assertThat(event.type()).isEqualTo("MeetingResultsRecorded");
            assertThat(event.results()).isEqualTo(results);
            assertThat(event.attending()).isEqualTo(5);
            assertThat(event.closedBy()).isEqualTo(meeting.chair());
        });
        wrongState(() -> meeting.close(new Vote(meeting.id(), meeting.chair(), at, results), OFFICE, at),
                MeetingStatus.CLOSED, "close", null);
    }

    @Test
    void aSnapshotRestoresTheSameMeeting() {
        Meeting meeting = MeetingFixtures.open(7);

        Meeting restored = Meeting.restore(meeting.snapshot());

        assertThat(restored.snapshot()).isEqualTo(meeting.snapshot());
        assertThat(restored.takeRecorded()).isEmpty();
    }

    private record Vote(UUID meetingId, String closedBy, Instant closedAt, List<ApplicationResult> results)
            implements ClosedVote {

        @Override
        public String contentHash() {
            return "hash";
        }

        @Override
        public int panelSize() {
            return 5;
        }

        @Override
        public int attending() {
            return 5;
        }
    }
}
