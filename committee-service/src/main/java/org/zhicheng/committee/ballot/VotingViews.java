package org.zhicheng.committee.ballot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.ballot.domain.VotingStage;
import org.zhicheng.committee.meeting.domain.ApplicationOutcome;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the voting API. */
final class VotingViews {

    private VotingViews() {
    }

    @Schema(description = "Where the vote stands. present/absent name experts for the office and the HR bureau only; "
            + "ballotsCast counts who voted per application, never how: tallies appear only in the minutes.")
    record VoteView(UUID meetingId, VotingStage stage, int panelSize, int presentCount, int quorum,
            List<String> present, List<String> absent, List<BallotProgress> ballotsCast) {
    }

    record BallotProgress(UUID applicationId, int cast) {
    }

    @Schema(description = "Acknowledges a ballot, deliberately without the choice")
    record ReceiptView(UUID meetingId, UUID applicationId, String voter) {
    }

    @Schema(description = "The calling expert's own receipts: the applications they voted on and those still open")
    record MyBallotsView(UUID meetingId, String expert, VotingStage stage, boolean present, List<UUID> votedOn,
            List<UUID> notVotedOn) {
    }

    @Schema(description = "What the chair's closing recorded, without naming anyone")
    record ClosedView(UUID meetingId, Instant closedAt, String minutesHash, int panelSize, int attending,
            List<ResultView> results) {
    }

    @Schema(description = "The archived minutes (会议记录): attendance, candidates, tallies and outcomes; no voter is "
            + "linked to a choice. contentHash is the SHA-256 of the canonical text (zhicheng-minutes/1).")
    record MinutesView(UUID meetingId, String committee, LocalDate meetingDate, List<String> panel,
            List<String> present, List<String> absent, List<CandidateView> candidates, List<ResultView> results,
            String closedBy, Instant closedAt, String contentHash) {
    }

    record CandidateView(UUID applicationId, String applicantPerson, String applicantUnit, String title,
            String specialty) {
    }

    record ResultView(UUID applicationId, int attending, int agree, int disagree, int abstain,
            ApplicationOutcome outcome) {
    }
}
