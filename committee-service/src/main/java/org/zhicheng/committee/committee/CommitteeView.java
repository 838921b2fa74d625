package org.zhicheng.committee.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.committee.domain.CommitteeKind;
import org.zhicheng.committee.committee.domain.CommitteeLevel;
import org.zhicheng.committee.committee.domain.CommitteeStatus;
import org.zhicheng.committee.committee.domain.RightsAction;

/** A committee as the API shows it (public information), with the history of its evaluation rights. */
record CommitteeView(UUID id, String code, String name, CommitteeLevel level, CommitteeKind kind, String series,
        List<String> specialties, List<String> evaluatedTitles, List<String> recommendedTitles, String territory,
        String organisingUnit, String officeUnit, CommitteeStatus status, Instant registeredAt,
        List<RightsChangeView> rightsHistory) {

    record RightsChangeView(RightsAction action, CommitteeStatus from, CommitteeStatus to, String reason,
            String actor, Instant at) {
    }
}
