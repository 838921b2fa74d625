package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan, scheme or summary a self-evaluating unit filed.
 *
 * @param kind      {@link FilingKind#THREE_YEAR_PLAN}, {@link FilingKind#ANNUAL_SCHEME} or
 *                  {@link FilingKind#SUMMARY} (meeting reports are {@link SelfEvaluationMeeting}s)
 * @param year      the evaluation year it is for; for a three-year plan the first of its years
 * @param filedOn   the day it reached the department and the HR bureau (Asia/Shanghai)
 * @param reference the filing's document number or id
 */
public record AnnualFiling(FilingKind kind, int year, LocalDate filedOn, String reference) {

    public AnnualFiling {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        if (kind == FilingKind.MEETING_REPORT) {
            throw new IllegalArgumentException("a meeting report belongs to its meeting, not to a year");
        }
    }
}
