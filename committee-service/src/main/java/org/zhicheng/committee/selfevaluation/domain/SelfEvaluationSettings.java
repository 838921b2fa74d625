package org.zhicheng.committee.selfevaluation.domain;

import java.time.MonthDay;
import java.util.Objects;

/**
 * The dates and numbers of the self-evaluation filings, from configuration ({@code zhicheng.committee.rules.*}).
 *
 * @param planAndSchemeDue          the day of the evaluation year by which the three-year plan and the year's scheme
 *                                  are filed (11-30)
 * @param summaryDue                the day of the following year by which the year's summary is filed (02-28; a
 *                                  configured 02-29 falls on 02-28 in common years)
 * @param meetingReportWorkingDays  working days at least between a meeting report and the meeting (5)
 * @param planYears                 the evaluation years a three-year plan covers (3)
 */
public record SelfEvaluationSettings(MonthDay planAndSchemeDue, MonthDay summaryDue, int meetingReportWorkingDays,
        int planYears) {

    /** The values of notices 001 五(三) and 002 三(二). */
    public static final SelfEvaluationSettings SEED_NOTICES = new SelfEvaluationSettings(MonthDay.of(11, 30),
            MonthDay.of(2, 28), 5, 3);

    public SelfEvaluationSettings {
        Objects.requireNonNull(planAndSchemeDue, "planAndSchemeDue");
        Objects.requireNonNull(summaryDue, "summaryDue");
        if (meetingReportWorkingDays < 1) {
            throw new IllegalArgumentException("meetingReportWorkingDays must be at least 1");
        }
        if (planYears < 1) {
            throw new IllegalArgumentException("planYears must be at least 1");
        }
    }
}
