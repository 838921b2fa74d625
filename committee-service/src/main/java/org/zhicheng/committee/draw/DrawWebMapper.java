package org.zhicheng.committee.draw;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.draw.DrawQueries.Replayed;
import org.zhicheng.committee.draw.DrawQueries.Summons;
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
import org.zhicheng.committee.draw.DrawViews.SummonedExpertView;
import org.zhicheng.committee.draw.DrawViews.SummonsView;
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
import org.zhicheng.committee.draw.domain.SelectedExpert;
import org.zhicheng.committee.expert.ExpertContact;
import org.zhicheng.committee.meeting.MeetingDrawPort.DrawableMeeting;

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

    /** A selected expert with the contact of their profile; a missing profile leaves the contact fields null. */
    @Mapping(target = "expertId", source = "selected.expert")
    @Mapping(target = "name", source = "contact.name")
    @Mapping(target = "unit", source = "contact.unit")
    @Mapping(target = "email", source = "contact.email")
    @Mapping(target = "phone", source = "contact.phone")
    @Mapping(target = "role", source = "selected.role")
    @Mapping(target = "seat", source = "selected.seat")
    SummonedExpertView toView(SelectedExpert selected, ExpertContact contact);

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

    default SummonsView toView(Summons summons) {
        DrawableMeeting meeting = summons.target().meeting();
        Committee committee = summons.target().committee();
        List<SummonedExpertView> experts = summons.selection().stream()
                .map(selected -> toView(selected, summons.contacts().get(selected.expert()))).toList();
        return new SummonsView(meeting.id(), committee.code(), committee.name(), meeting.title(), meeting.date(),
                meeting.venue(), summons.stored().id(), summons.round().index(), summons.round().drawnAt(), experts);
    }

    default SaltView toSaltView(StoredDraw stored) {
        return new SaltView(stored.id(), stored.meetingId(), stored.draw().salt().hex());
    }
}
