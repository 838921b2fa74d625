package org.zhicheng.committee.meeting.domain;

/**
 * What the office reports to the HR bureau before the meeting (备案): the qualification review (资格审查), the
 * pre-evaluation publicity (评前公示) and the panel composition (评委会组成).
 *
 * @param qualifiedCount             how many applicants passed the qualification review
 * @param qualificationReviewSummary the review's outcome in words
 * @param prePublicityReference      the pre-evaluation publicity (its id in notification-service or its notice)
 * @param prePublicitySummary        how the publicity went, objections included
 * @param panelCompositionSummary    the planned panel: pool, size, specialties (the names are drawn later)
 */
public record MeetingFiling(int qualifiedCount, String qualificationReviewSummary, String prePublicityReference,
        String prePublicitySummary, String panelCompositionSummary) {

    public MeetingFiling {
        if (qualifiedCount < 0) {
            throw new IllegalArgumentException("qualifiedCount must not be negative");
        }
        requireText(qualificationReviewSummary, "qualificationReviewSummary");
        requireText(prePublicityReference, "prePublicityReference");
        requireText(prePublicitySummary, "prePublicitySummary");
        requireText(panelCompositionSummary, "panelCompositionSummary");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
