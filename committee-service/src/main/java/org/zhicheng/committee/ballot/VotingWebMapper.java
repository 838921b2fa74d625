package org.zhicheng.committee.ballot;

import java.util.List;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.zhicheng.committee.ballot.VotingService.MyBallots;
import org.zhicheng.committee.ballot.VotingService.SeenVote;
import org.zhicheng.committee.ballot.VotingViews.BallotProgress;
import org.zhicheng.committee.ballot.VotingViews.CandidateView;
import org.zhicheng.committee.ballot.VotingViews.ClosedView;
import org.zhicheng.committee.ballot.VotingViews.MinutesView;
import org.zhicheng.committee.ballot.VotingViews.MyBallotsView;
import org.zhicheng.committee.ballot.VotingViews.ReceiptView;
import org.zhicheng.committee.ballot.VotingViews.ResultView;
import org.zhicheng.committee.ballot.VotingViews.VoteView;
import org.zhicheng.committee.ballot.domain.Ballot;
import org.zhicheng.committee.ballot.domain.CastReceipt;
import org.zhicheng.committee.ballot.domain.Minutes;
import org.zhicheng.committee.ballot.domain.VotingSession;
import org.zhicheng.committee.ballot.domain.VotingStage;
import org.zhicheng.committee.meeting.MeetingAccess.Audience;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.committee.meeting.domain.Meeting;

/** Between the API records and the ballot domain. */
@Mapper(componentModel = "spring")
interface VotingWebMapper {

    ReceiptView toView(CastReceipt receipt);

    CandidateView toView(ApplicationAssignment candidate);

    List<CandidateView> toCandidateViews(List<ApplicationAssignment> candidates);

    ResultView toView(ApplicationResult result);

    List<ResultView> toResultViews(List<ApplicationResult> results);

    /** By hand: the session has accessor methods, and staff see names where panelists see counts. */
    default VoteView toView(SeenVote seen, int quorum) {
        VotingSession session = seen.session();
        boolean staff = seen.audience() == Audience.STAFF;
        List<BallotProgress> progress = session.ballots().stream()
                .map((Ballot ballot) -> new BallotProgress(ballot.applicationId(), ballot.roll().size())).toList();
        return new VoteView(session.meetingId(), session.stage(), session.attendance().panelSize(),
                session.attendance().presentCount(), quorum, staff ? session.attendance().present() : null,
                staff ? session.attendance().absent() : null, progress);
    }

    default MyBallotsView toView(MyBallots mine) {
        VotingSession session = mine.session();
        List<UUID> open = mine.meeting().assignments().stream().map(ApplicationAssignment::applicationId)
                .filter(application -> !mine.votedOn().contains(application)).toList();
        return new MyBallotsView(mine.meeting().id(), mine.expert(),
                session == null ? null : session.stage(),
                session != null && session.attendance().isPresent(mine.expert()), mine.votedOn(),
                session == null || session.stage() == VotingStage.CLOSED ? List.of() : open);
    }

    default ClosedView toClosedView(Minutes minutes) {
        return new ClosedView(minutes.meetingId(), minutes.closedAt(), minutes.contentHash(), minutes.panelSize(),
                minutes.attending(), toResultViews(minutes.results()));
    }

    default MinutesView toView(Minutes minutes, Meeting meeting) {
        return new MinutesView(minutes.meetingId(), meeting.committeeCode(), meeting.date(), minutes.panel(),
                minutes.present(), minutes.absent(), toCandidateViews(minutes.candidates()),
                toResultViews(minutes.results()), minutes.closedBy(), minutes.closedAt(), minutes.contentHash());
    }
}
