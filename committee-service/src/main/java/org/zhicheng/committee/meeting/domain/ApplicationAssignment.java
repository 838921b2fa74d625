package org.zhicheng.committee.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An application scheduled for evaluation at a meeting, with what the panel and the minutes show of it.
 *
 * @param applicationId   the application (application-service)
 * @param applicantPerson the applicant's person id (the token's {@code person} claim)
 * @param applicantUnit   the applicant's unit, which the draw uses to exclude experts of the same unit
 * @param title           the title applied for (catalog code)
 * @param specialty       the specialty; null when the application names none (application-service's events may
 *                        carry none, the office's API always gives one)
 */
public record ApplicationAssignment(UUID applicationId, String applicantPerson, String applicantUnit, String title,
        String specialty) {

    public ApplicationAssignment {
        Objects.requireNonNull(applicationId, "applicationId");
        requireText(applicantPerson, "applicantPerson");
        requireText(applicantUnit, "applicantUnit");
        requireText(title, "title");
        if (specialty != null && specialty.isBlank()) {
            throw new IllegalArgumentException("specialty must be null or not blank");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
