package org.zhicheng.starter.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/** The {@link WorkingDayCalendar}, loaded once at startup from {@code zhicheng.calendar.location}. */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ResourceLoader resourceLoader) {
        return WorkingDayData.load(resourceLoader.getResource(properties.location()));
    }
}
