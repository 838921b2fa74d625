package org.zhicheng.committee.meeting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.committee.meeting.domain.MeetingRules;
import org.zhicheng.starter.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingRuleProperties.class)
class MeetingConfiguration {

    /** The meeting rules, built once from the configured numbers and the starter's working-day calendar. */
    @Bean
    MeetingRules meetingRules(MeetingRuleProperties properties, WorkingDayCalendar calendar) {
        return MeetingRules.of(properties.settings(), calendar);
    }
}
