package org.zhicheng.committee.meeting;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.committee.meeting.domain.MeetingRuleSettings;

/**
 * {@code zhicheng.committee.rules.meeting.*}: the numbers of the meeting rules.
 *
 * @param leadDays              calendar days at least between creating a meeting and holding it (002 一(三)); default 7
 * @param filingLeadWorkingDays working days at least between filing with the HR bureau and the meeting (001 五(二));
 *                              default 5
 * @param zone                  the zone business dates are read in; default Asia/Shanghai
 */
@ConfigurationProperties("zhicheng.committee.rules.meeting")
public record MeetingRuleProperties(@DefaultValue("7") int leadDays, @DefaultValue("5") int filingLeadWorkingDays,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    MeetingRuleSettings settings() {
        return new MeetingRuleSettings(leadDays, filingLeadWorkingDays, zone);
    }
}
