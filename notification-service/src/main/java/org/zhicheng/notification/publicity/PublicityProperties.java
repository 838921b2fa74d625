package org.zhicheng.notification.publicity;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.notification.publicity.domain.PublicityKind;

/**
 * {@code zhicheng.notification.publicity.*}.
 *
 * @param unitMinimumWorkingDays          unit publicity (002 一(二), 003 三(二)); default 5
 * @param preEvaluationMinimumWorkingDays pre-evaluation publicity (002 一(三)); default 5
 * @param resultMinimumWorkingDays        result publicity (002 一(五), 001 五(二)); default 5
 * @param zone                            where a day ends (Asia/Shanghai)
 * @param closeInterval                   how often the closer looks for publicities whose period is over
 * @param openers                         client ids whose service accounts open publicities on behalf of a unit or
 *                                        committee (the application workflow)
 * @param maxPageSize                     the largest page of the lists
 */
@ConfigurationProperties("zhicheng.notification.publicity")
public record PublicityProperties(@DefaultValue("5") int unitMinimumWorkingDays,
        @DefaultValue("5") int preEvaluationMinimumWorkingDays, @DefaultValue("5") int resultMinimumWorkingDays,
        @DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("1m") Duration closeInterval,
        @DefaultValue("application-service") List<String> openers, @DefaultValue("100") int maxPageSize) {

    Map<PublicityKind, Integer> minimumWorkingDays() {
        Map<PublicityKind, Integer> days = new EnumMap<>(PublicityKind.class);
        days.put(PublicityKind.UNIT, unitMinimumWorkingDays);
        days.put(PublicityKind.PRE_EVALUATION, preEvaluationMinimumWorkingDays);
        days.put(PublicityKind.RESULT, resultMinimumWorkingDays);
        return days;
    }
}
