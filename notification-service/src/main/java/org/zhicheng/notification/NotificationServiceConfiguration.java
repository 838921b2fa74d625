package org.zhicheng.notification;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.starter.security.PublicEndpoints;

/** The service's anonymous reads and its clock. */
@Configuration(proxyBeanMethods = false)
class NotificationServiceConfiguration {

    @Bean
    PublicEndpoints notificationPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/announcements", "/api/v1/announcements/*", "/api/v1/calendar/**");
    }

    /** UTC, ticking in microseconds: what PostgreSQL keeps, so an instant reads back as it was written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
