package org.zhicheng.notification.publicity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.notification.publicity.domain.MinimumPublicityPeriod;
import org.zhicheng.notification.publicity.domain.PublicityRules;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicityProperties.class)
class PublicityConfiguration {

    /** The publicity rules, built once from the configured numbers and the starter's working-day calendar. */
    @Bean
    PublicityRules publicityRules(PublicityProperties properties, WorkingDayCalendar calendar) {
        return PublicityRules.of(new MinimumPublicityPeriod(calendar, properties.minimumWorkingDays(),
                properties.zone()));
    }

    /** Anyone reads publicities, running and closed. */
    @Bean
    PublicEndpoints publicityPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/publicities", "/api/v1/publicities/*");
    }
}
