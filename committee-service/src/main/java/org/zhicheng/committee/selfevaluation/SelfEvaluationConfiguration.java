package org.zhicheng.committee.selfevaluation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhicheng.committee.selfevaluation.domain.FilingDeadlines;
import org.zhicheng.committee.selfevaluation.domain.OverdueFilings;
import org.zhicheng.starter.calendar.WorkingDayCalendar;

/** The self-evaluation rules with their configured numbers, and the scheduler that runs the daily overdue scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfEvaluationProperties.class)
@EnableScheduling
class SelfEvaluationConfiguration {

    @Bean
    FilingDeadlines filingDeadlines(SelfEvaluationProperties properties, WorkingDayCalendar calendar) {
        return new FilingDeadlines(properties.settings(), calendar);
    }

    @Bean
    OverdueFilings overdueFilings(FilingDeadlines deadlines) {
        return new OverdueFilings(deadlines);
    }
}
