package org.zhicheng.committee.expert;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.committee.expert.ExpertRequests.ConflictRequest;
import org.zhicheng.committee.expert.ExpertRequests.CreateExpertRequest;
import org.zhicheng.committee.expert.ExpertRequests.PoolChangeRequest;
import org.zhicheng.committee.expert.ExpertViews.ConflictView;
import org.zhicheng.committee.expert.ExpertViews.DisciplineView;
import org.zhicheng.committee.expert.ExpertViews.ExpertView;
import org.zhicheng.committee.expert.ExpertViews.PoolRequestView;
import org.zhicheng.committee.expert.ExpertViews.PoolView;
import org.zhicheng.committee.expert.PoolService.Changes;
import org.zhicheng.committee.expert.PoolService.Pool;
import org.zhicheng.committee.expert.domain.Conflict;
import org.zhicheng.committee.expert.domain.DisciplineRecord;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.committee.expert.domain.PoolRequest;

/** Between the API records and the expert domain. */
@Mapper(componentModel = "spring")
interface ExpertWebMapper {

    ExpertService.NewExpert toNew(CreateExpertRequest request);

    ConflictService.NewConflict toNew(ConflictRequest request);

    Changes toChanges(PoolChangeRequest request);

    ExpertView toView(Expert expert);

    List<ExpertView> toExpertViews(List<Expert> experts);

    @Mapping(target = "expert", source = "expertId")
    @Mapping(target = "inForce", expression = "java(conflict.inForce())")
    ConflictView toView(Conflict conflict);

    List<ConflictView> toConflictViews(List<Conflict> conflicts);

    @Mapping(target = "expert", source = "expertId")
    DisciplineView toView(DisciplineRecord record);

    List<DisciplineView> toDisciplineViews(List<DisciplineRecord> records);

    /** By hand: the request is an aggregate with accessor methods and a list of sealed changes. */
    default PoolRequestView toView(PoolRequest request) {
        return new PoolRequestView(request.id(), request.committeeCode(), request.status(), request.reason(),
                request.additions().stream().map(add -> new PoolRequestView.AddView(add.expertId(),
                        add.term().start(), add.term().end())).toList(),
                request.removals().stream().map(remove -> new PoolRequestView.RemoveView(remove.expertId(),
                        remove.reason())).toList(),
                request.requestedBy(), request.requestedAt(), request.decidedBy(), request.decidedAt(),
                request.decisionReason());
    }

    default List<PoolRequestView> toRequestViews(List<PoolRequest> requests) {
        return requests.stream().map(this::toView).toList();
    }

    /** By hand: a member joins the membership with the expert's profile. */
    default PoolView toView(Pool pool) {
        return new PoolView(pool.committee().code(), pool.day(), pool.members().stream().map(member -> {
            Expert expert = member.expert();
            return new PoolView.MemberView(member.membership().id(), expert.id(), expert.name(), expert.title(),
                    expert.titleLevel(), expert.series(), expert.specialty(), expert.unit(), expert.region(),
                    expert.phone(), expert.email(), expert.status(), member.membership().term().start(),
                    member.membership().term().end(), member.serving(), member.membership().addedByRequest());
        }).toList(), pool.composition());
    }
}
