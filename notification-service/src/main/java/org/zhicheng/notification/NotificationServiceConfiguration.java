package org.zhicheng.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.starter.security.PublicEndpoints;

/** The service's anonymous reads; the {@code Clock} comes from the starter. */
@Configuration(proxyBeanMethods = false)
class NotificationServiceConfiguration {

    @Bean
    PublicEndpoints notificationPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/announcements", "/api/v1/announcements/*", "/api/v1/calendar/**");
    }
}
