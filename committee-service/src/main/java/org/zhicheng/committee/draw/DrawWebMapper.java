package org.zhicheng.committee.draw;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.committee.draw.DrawQueries.Replayed;
import org.zhicheng.committee.draw.DrawViews.ConstraintsView;
import org.zhicheng.committee.draw.DrawViews.DrawView;
import org.zhicheng.committee.draw.DrawViews.ExclusionView;
import org.zhicheng.committee.draw.DrawViews.OwnSeatView;
import org.zhicheng.committee.draw.DrawViews.PublishedStepView;
import org.zhicheng.committee.draw.DrawViews.PublishedView;
import org.zhicheng.committee.draw.DrawViews.ReplayView;
import org.zhicheng.committee.draw.DrawViews.RoundView;
import org.zhicheng.committee.draw.DrawViews.SaltView;
import org.zhicheng.committee.draw.DrawViews.SeatView;
import org.zhicheng.committee.draw.DrawViews.StepView;
import org.zhicheng.committee.draw.domain.Commitment;
import org.zhicheng.committee.draw.domain.DrawConstraints;
import org.zhicheng.committee.draw.domain.DrawRound;
import org.zhicheng.committee.draw.domain.DrawStep;
import org.zhicheng.committee.draw.domain.Exclusion;
import org.zhicheng.committee.draw.domain.PanelDraw;
import org.zhicheng.committee.draw.domain.PublishedDraw;
import org.zhicheng.committee.draw.domain.Replay;
import org.zhicheng.committee.draw.domain.Seat;
import org.zhicheng.committee.draw.domain.Seed;

/** Between the draw domain and the API records. */
@Mapper(componentModel = "spring")
interface DrawWebMapper {

    SeatView toView(Seat seat);

    List<SeatView> toSeatViews(List<Seat> seats);

    RoundView toView(DrawRound round);

    List<RoundView> toRoundViews(List<DrawRound> rounds);

    @Mapping(target = "expert", source = "expertId")
    ExclusionView toView(Exclusion exclusion);

    List<ExclusionView> toExclusionViews(List<Exclusion> exclusions);

    PublishedStepView toPublishedView(DrawStep step);

    List<PublishedStepView> toPublishedStepViews(List<DrawStep> steps);

    ConstraintsView toView(DrawConstraints constraints);

    /** A revealed seed as 64 hex digits; null while secret. */
    default String hex(Seed seed) {
        return seed == null ? null : seed.hex();
    }

    /** By hand: the aggregate answers through methods that compute, and the log carries the stored actors. */
    default DrawView toView(StoredDraw stored) {
        PanelDraw draw = stored.draw();
        List<DrawStep> steps = draw.steps();
        List<StepView> stepViews = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            DrawStep step = steps.get(i);
            stepViews.add(new StepView(step.sequence(), step.type(), step.at(), step.round(), step.seat(),
                    step.expert(), step.note(), i < stored.actors().size() ? stored.actors().get(i) : null));
        }
        return new DrawView(stored.id(), stored.meetingId(), stored.committeeCode(), Commitment.VERSION,
                draw.status(), toView(draw.constraints()), draw.rounds().getFirst().commitment(), draw.pool().size(),
                draw.pool().notMatching(), draw.pool().excludedExperts(), draw.alternateShortfall(), draw.isComplete(),
                draw.emergencyPicks(), toSeatViews(draw.seats()), draw.alternates(), draw.initialPanel(),
                draw.initialAlternates(), toRoundViews(draw.rounds()), toExclusionViews(draw.pool().exclusions()),
                stepViews, stored.createdBy(), stored.createdAt());
    }

    default OwnSeatView toOwnSeatView(StoredDraw stored, String expert) {
        PanelDraw draw = stored.draw();
        for (Seat seat : draw.seats()) {
            if (expert.equals(seat.expert())) {
                return new OwnSeatView(stored.id(), stored.meetingId(), expert, seat.number(), seat.status(),
                        seat.emergency(), null);
            }
        }
        int position = draw.alternates().indexOf(expert);
        return new OwnSeatView(stored.id(), stored.meetingId(), expert, null, null, false,
                position < 0 ? null : position + 1);
    }

    default PublishedView toView(java.util.UUID drawId, PublishedDraw record) {
        return new PublishedView(Commitment.VERSION, drawId, record.constraints().meetingId(),
                toView(record.constraints()), record.pool(), toRoundViews(record.rounds()),
                toPublishedStepViews(record.steps()));
    }

    default ReplayView toView(Replayed replayed) {
        Replay replay = replayed.replay();
        return new ReplayView(replayed.drawId(), Commitment.VERSION, replay.verified(), replay.failure(),
                replay.initialPanel(), replay.initialAlternates(), replay.alternateShortfall(),
                toSeatViews(replay.seats()), replay.alternates(), replay.commitments(), replayed.matchesStoredDraw());
    }

    default SaltView toSaltView(StoredDraw stored) {
        return new SaltView(stored.id(), stored.meetingId(), stored.draw().salt().hex());
    }
}
