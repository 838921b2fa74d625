package org.zhicheng.committee.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeProfile;
import org.zhicheng.committee.committee.domain.RightsChange;

/** The {@code data} of the committee events, as documented in {@code docs/events/asyncapi.yaml}; key = code. */
final class CommitteeEvents {

    /** The committee service's topic; an explicit name, part of the event contract. */
    static final String TOPIC = "zhicheng.committee.events";

    private CommitteeEvents() {
    }

    record CommitteeRegistered(UUID committeeId, String code, String name, String level, String kind, String series,
            List<String> specialties, List<String> evaluatedTitles, List<String> recommendedTitles, String territory,
            String organisingUnit, String officeUnit, String registeredBy, Instant registeredAt) {

        static CommitteeRegistered of(Committee committee) {
            CommitteeProfile profile = committee.profile();
            return new CommitteeRegistered(committee.id(), committee.code(), profile.name(), profile.level().name(),
                    profile.kind().name(), profile.series(), profile.specialties(), profile.evaluatedTitles(),
                    profile.recommendedTitles(), profile.territory(), profile.organisingUnit(), profile.officeUnit(),
                    committee.registeredBy(), committee.registeredAt());
        }
    }

    record CommitteeSuspended(UUID committeeId, String code, String name, String territory, String reason,
            String suspendedBy, Instant suspendedAt) {

        static CommitteeSuspended of(Committee committee, RightsChange change) {
            return new CommitteeSuspended(committee.id(), committee.code(), committee.name(), committee.territory(),
                    change.reason(), change.actor(), change.at());
        }
    }

    record CommitteeReinstated(UUID committeeId, String code, String name, String territory, String reason,
            String reinstatedBy, Instant reinstatedAt) {

        static CommitteeReinstated of(Committee committee, RightsChange change) {
            return new CommitteeReinstated(committee.id(), committee.code(), committee.name(), committee.territory(),
                    change.reason(), change.actor(), change.at());
        }
    }
}
