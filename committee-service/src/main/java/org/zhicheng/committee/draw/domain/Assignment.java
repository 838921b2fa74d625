package org.zhicheng.committee.draw.domain;

/**
 * An application assigned to the meeting, with the applicant whose conflicts the panel must avoid.
 *
 * @param applicationId   the application's id
 * @param applicantPerson the applicant's person id
 * @param applicantUnit   the applicant's unit, or null when the applicant has none
 */
public record Assignment(String applicationId, String applicantPerson, String applicantUnit) {

    public Assignment {
        applicationId = Text.required(applicationId, "applicationId");
        applicantPerson = Text.required(applicantPerson, "applicantPerson");
        applicantUnit = Text.optional(applicantUnit, "applicantUnit");
    }
}
