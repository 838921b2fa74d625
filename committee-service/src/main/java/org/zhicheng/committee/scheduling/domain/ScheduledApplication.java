package org.zhicheng.committee.scheduling.domain;

import java.util.Objects;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationAssignment;

/**
 * What the committee keeps of an application application-service scheduled for evaluation: enough to choose a
 * meeting (committee, level, specialty) and to put it on one (applicant, unit, title).
 *
 * @param committeeCode the committee the application is addressed to (its code)
 * @param person        the applicant's person id
 * @param unit          the applicant's unit (its code), which the draw keeps off the panel
 * @param title         the catalog title code applied for
 * @param level         the catalog level of the title ({@code CLERK_JUNIOR} … {@code FULL_SENIOR})
 * @param specialty     the specialty, null when the application names none
 */
public record ScheduledApplication(UUID applicationId, String committeeCode, String person, String applicantName,
        String unit, String unitName, int year, String title, String titleName, String level, String specialty) {

    public ScheduledApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        committeeCode = requireText(committeeCode, "committee");
        person = requireText(person, "person");
        unit = requireText(unit, "unit");
        title = requireText(title, "title");
        level = requireText(level, "level");
        specialty = specialty == null || specialty.isBlank() ? null : specialty.strip();
    }

    /** The application as a meeting's agenda holds it. */
    public ApplicationAssignment assignment() {
        return new ApplicationAssignment(applicationId, person, unit, title, specialty);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
