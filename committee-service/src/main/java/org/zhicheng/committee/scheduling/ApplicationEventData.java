package org.zhicheng.committee.scheduling;

import java.util.UUID;

import org.zhicheng.committee.scheduling.domain.ScheduledApplication;

/**
 * The part of application-service's {@code ApplicationEventData} (docs/events/asyncapi.yaml) this service reads;
 * every other field is ignored, so the producer may add fields freely.
 *
 * @param committee the code of the committee the application is addressed to
 * @param level     the catalog level of the title ({@code CLERK_JUNIOR} … {@code FULL_SENIOR})
 * @param specialty null when the application names none
 * @param action    the transition ({@code REJECT}, {@code VETO}, …), named in the history of a rejection
 */
record ApplicationEventData(UUID applicationId, String person, String applicantName, String unit, String unitName,
        String committee, int year, String title, String titleName, String level, String specialty,
        String action) {

    ScheduledApplication scheduled() {
        return new ScheduledApplication(applicationId, committee, person, applicantName, unit, unitName, year, title,
                titleName, level, specialty);
    }
}
