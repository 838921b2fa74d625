package org.zhicheng.committee.committee;

import java.util.List;

import org.mapstruct.Mapper;
import org.zhicheng.committee.committee.CommitteeView.RightsChangeView;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeProfile;
import org.zhicheng.committee.committee.domain.RightsChange;

/** Between the API records and the committee domain. */
@Mapper(componentModel = "spring")
interface CommitteeWebMapper {

    CommitteeProfile toProfile(RegisterCommitteeRequest request);

    RightsChangeView toView(RightsChange change);

    List<RightsChangeView> toViews(List<RightsChange> changes);

    /** By hand: the aggregate keeps its attributes in a profile and has accessor methods, not bean getters. */
    default CommitteeView toView(Committee committee) {
        CommitteeProfile profile = committee.profile();
        return new CommitteeView(committee.id(), committee.code(), profile.name(), profile.level(), profile.kind(),
                profile.series(), profile.specialties(), profile.evaluatedTitles(), profile.recommendedTitles(),
                profile.territory(), profile.organisingUnit(), profile.officeUnit(), committee.status(),
                committee.registeredAt(), toViews(committee.history()));
    }

    default List<CommitteeView> toCommitteeViews(List<Committee> committees) {
        return committees.stream().map(this::toView).toList();
    }
}
