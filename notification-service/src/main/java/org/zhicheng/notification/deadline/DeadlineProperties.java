package org.zhicheng.notification.deadline;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.notification.deadlines.*}.
 *
 * @param remindWorkingDays how many working days ahead an office is reminded of a deadline
 * @param cron              when the daily reminder runs ("-" switches it off)
 * @param zone              the zone of the business dates
 */
@ConfigurationProperties("zhicheng.notification.deadlines")
public record DeadlineProperties(@DefaultValue("3") int remindWorkingDays,
        @DefaultValue("0 0 8 * * *") String cron, @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
