package org.zhicheng.notification;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhicheng.notification.committee.CommitteeClient;
import org.zhicheng.starter.security.PublicEndpoints;

/**
 * The service's anonymous reads of announcements and the calendar, its Feign clients and its schedulers (the
 * publicity closer, the delivery and webhook workers); the {@code Clock} comes from the starter.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableFeignClients(clients = CommitteeClient.class)
class NotificationServiceConfiguration {

    @Bean
    PublicEndpoints notificationPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/announcements", "/api/v1/announcements/*", "/api/v1/calendar/**");
    }
}
