package org.zhicheng.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.zhicheng.application.application.ApplicationProperties;
import org.zhicheng.application.catalog.CatalogClient;
import org.zhicheng.application.committee.CommitteeClient;
import org.zhicheng.application.education.EducationClient;
import org.zhicheng.application.plan.PlanClient;
import org.zhicheng.application.workflow.NotificationClient;
import org.zhicheng.starter.security.PublicEndpoints;

/**
 * The service's Feign clients (every call with its service token, the starter's timeouts and circuit breaker), its
 * scheduled workers and its one anonymous read: the certificate verification.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ApplicationProperties.class)
@EnableFeignClients(clients = { PlanClient.class, CatalogClient.class, EducationClient.class,
        NotificationClient.class, CommitteeClient.class })
class ApplicationServiceConfiguration {

    @Bean
    PublicEndpoints applicationPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/certificates/verification");
    }
}
