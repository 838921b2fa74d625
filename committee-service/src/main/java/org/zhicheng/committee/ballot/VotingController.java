package org.zhicheng.committee.ballot;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.ballot.VotingRequests.AttendanceRequest;
import org.zhicheng.committee.ballot.VotingRequests.BallotRequest;
import org.zhicheng.committee.ballot.VotingRequests.OpeningRequest;
import org.zhicheng.committee.ballot.VotingService.ArchivedMinutes;
import org.zhicheng.committee.ballot.VotingService.SeenVote;
import org.zhicheng.committee.ballot.VotingViews.ClosedView;
import org.zhicheng.committee.ballot.VotingViews.MinutesView;
import org.zhicheng.committee.ballot.VotingViews.MyBallotsView;
import org.zhicheng.committee.ballot.VotingViews.ReceiptView;
import org.zhicheng.committee.ballot.VotingViews.VoteView;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/meetings/{id}")
@Tag(name = "votes", description = "The meeting in session: sign-in, quorum, secret ballot (无记名投票), minutes")
class VotingController {

    private final VotingService votes;
    private final VotingWebMapper mapper;

    VotingController(VotingService votes, VotingWebMapper mapper) {
        this.votes = votes;
        this.mapper = mapper;
    }

    @PostMapping("/opening")
    @Operation(summary = "Open the meeting on its date, chaired by a panelist: the committee's office",
            description = "409 meeting.wrong-state (rule 001-五(二) when not filed and approved; no rule when the "
                    + "panel is not drawn yet); 422 meeting.before-date (rule 001-五(二)), meeting.chair-not-on-panel "
                    + "(MOHRSS-40); 409 meeting.no-applications; 403; 404 meeting.not-found.")
    VoteView open(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody OpeningRequest body) {
        return view(votes.open(id, body.chair(), user));
    }

    @GetMapping("/vote")
    @Operation(summary = "Where the vote stands: the office and HR bureau (with names), panelists (counts only)",
            description = "409 meeting.wrong-state before opening; 403; 404.")
    VoteView vote(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return view(votes.vote(id, user));
    }

    @PostMapping("/attendance")
    @Operation(summary = "Record the sign-in (签到): the committee's office; the experts listed are present, the rest "
            + "of the panel absent; may be corrected until balloting starts",
            description = "422 ballot.not-on-panel (rule 002-一(四)) for a listed expert not on the panel, "
                    + "ballot.attendance-closed (MOHRSS-40) once balloting started; 409 meeting.wrong-state before "
                    + "opening; 403; 404.")
    VoteView attendance(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody AttendanceRequest body) {
        return view(votes.recordAttendance(id, body.present(), user));
    }

    @PostMapping("/balloting")
    @Operation(summary = "Confirm the quorum and start balloting: the committee's office",
            description = "422 ballot.quorum (rule MOHRSS-40) when fewer than 2/3 of the panel are present; 409 "
                    + "ballot.wrong-state once started, meeting.wrong-state before opening; 403; 404.")
    VoteView startBalloting(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return view(votes.startBalloting(id, user));
    }

    @PostMapping("/applications/{applicationId}/ballot")
    @Operation(summary = "Cast one secret ballot (AGREE / DISAGREE / ABSTAIN) on an application: the attending "
            + "panelist themself",
            description = "201 with a receipt that holds no choice. 422 ballot.not-on-panel, ballot.not-attending, "
                    + "ballot.already-cast, ballot.proxy, ballot.not-on-agenda (each naming its rule); 409 "
                    + "ballot.wrong-state (MOHRSS-40) before the quorum is confirmed, ballot.late (MOHRSS-40) after "
                    + "closing, meeting.wrong-state before opening; 403 meeting.role-required for non-experts; 404.")
    ResponseEntity<ReceiptView> cast(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @PathVariable UUID applicationId, @Valid @RequestBody BallotRequest body) {
        ReceiptView receipt = mapper.toView(votes.cast(id, applicationId, body.voter(), body.choice(), user));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/my-ballots")).body(receipt);
    }

    @PostMapping("/closing")
    @Operation(summary = "Close the meeting: the chair (an expert whose token's person chairs it)",
            description = "Archives the immutable minutes and answers their hash and the outcomes; emits "
                    + "MeetingResultsRecorded. 422 ballot.not-chair (MOHRSS-40); 409 ballot.wrong-state when closed "
                    + "already, meeting.wrong-state before opening; 403 meeting.role-required; 404.")
    ClosedView close(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return mapper.toClosedView(votes.close(id, user));
    }

    @GetMapping("/minutes")
    @Operation(summary = "The archived minutes: the committee's office and HR bureau, once the meeting is closed",
            description = "409 meeting.wrong-state before closing; 403 meeting.role-required (experts, applicants) / "
                    + "committee.out-of-scope; 404 meeting.not-found.")
    MinutesView minutes(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        ArchivedMinutes archived = votes.minutes(id, user);
        return mapper.toView(archived.minutes(), archived.meeting());
    }

    @GetMapping("/my-ballots")
    @Operation(summary = "The calling panelist's own receipts: which applications they voted on, never a choice",
            description = "403 meeting.role-required / meeting.not-on-panel; 404 meeting.not-found.")
    MyBallotsView myBallots(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return mapper.toView(votes.myBallots(id, user));
    }

    private VoteView view(SeenVote seen) {
        return mapper.toView(seen, votes.quorumMinimum(seen.session().attendance().panelSize()));
    }
}
