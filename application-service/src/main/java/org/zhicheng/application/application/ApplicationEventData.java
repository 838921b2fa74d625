package org.zhicheng.application.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of every application workflow event (schema {@code ApplicationEventData} in docs/events/asyncapi.yaml): the
 * application's particulars that the consumers route and tell by, and the transition.
 */
public record ApplicationEventData(UUID applicationId, String person, String applicantName, String unit,
        String unitName, String region, String department, String committee, String committeeName, UUID planId,
        UUID planItemId, int year, String title, String titleName, String series, String level, String specialty,
        String route, int submission, String action, String from, String state, String desk, String holder,
        String actor, String role, String reason, UUID meetingId, Instant at) {

    public static final String TOPIC = "zhicheng.application.events";

    static ApplicationEventData of(Application a, ApplicationTransition t) {
        ApplicationSnapshot.Fixed f = a.fixed();
        return new ApplicationEventData(f.id(), f.person(), f.applicantName(), f.unit(), f.unitName(), f.region(),
                f.needsDepartment() ? f.department() : null, f.committee(), f.committeeName(), f.planId(),
                f.planItemId(), f.year(), f.title(), f.titleName(), f.series(), f.level(), a.specialty(),
                a.route().name(), a.submission(), t.step().name(), t.from() == null ? null : t.from().name(),
                t.to().name(), t.desk().name(), t.holder(), t.actor(), t.role(), t.reason(), a.meetingId(), t.at());
    }
}
