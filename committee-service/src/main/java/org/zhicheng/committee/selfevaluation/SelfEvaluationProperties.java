package org.zhicheng.committee.selfevaluation;

import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.committee.selfevaluation.domain.SelfEvaluationSettings;

/**
 * {@code zhicheng.committee.rules.self-evaluation.*}: the dates and numbers of 001 五(三) and 002 三(二).
 *
 * @param planAndSchemeDue         month-day by which the three-year plan and the year's scheme are filed ({@code 11-30})
 * @param summaryDue               month-day of the next year by which the summary is filed ({@code 02-28})
 * @param meetingReportWorkingDays working days at least between a meeting report and the meeting (5)
 * @param planYears                evaluation years a three-year plan covers (3)
 * @param zone                     the zone business dates are reckoned in (Asia/Shanghai)
 */
@ConfigurationProperties("zhicheng.committee.rules.self-evaluation")
public record SelfEvaluationProperties(@DefaultValue("11-30") String planAndSchemeDue,
        @DefaultValue("02-28") String summaryDue, @DefaultValue("5") int meetingReportWorkingDays,
        @DefaultValue("3") int planYears, @DefaultValue("Asia/Shanghai") ZoneId zone) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    SelfEvaluationSettings settings() {
        return new SelfEvaluationSettings(MonthDay.parse(planAndSchemeDue, MONTH_DAY),
                MonthDay.parse(summaryDue, MONTH_DAY), meetingReportWorkingDays, planYears);
    }
}
