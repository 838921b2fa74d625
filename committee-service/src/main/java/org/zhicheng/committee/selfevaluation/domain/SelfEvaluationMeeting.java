package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting a self-evaluating unit plans, and the day it was reported to the department and the HR bureau (null
 * while not reported).
 */
public record SelfEvaluationMeeting(UUID meetingId, LocalDate date, LocalDate reportedOn) {

    public SelfEvaluationMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
    }
}
