package org.zhicheng.committee.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The tally and outcome of one application as the minutes record it. {@code attending} is the number of experts
 * present at the meeting, the denominator of the pass threshold; experts present who did not vote count as not
 * agreeing, like abstentions.
 */
public record ApplicationResult(UUID applicationId, int attending, int agree, int disagree, int abstain,
        ApplicationOutcome outcome) {

    public ApplicationResult {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(outcome, "outcome");
        if (attending < 0 || agree < 0 || disagree < 0 || abstain < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (agree + disagree + abstain > attending) {
            throw new IllegalArgumentException("more ballots than experts attending");
        }
    }

    /** Ballots cast on the application. */
    public int cast() {
        return agree + disagree + abstain;
    }
}
