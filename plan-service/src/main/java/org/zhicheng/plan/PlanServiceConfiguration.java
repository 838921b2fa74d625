package org.zhicheng.plan;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.plan.plan.PlanProperties;
import org.zhicheng.starter.security.PublicEndpoints;

/** The service's anonymous reads, its settings and its clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanProperties.class)
class PlanServiceConfiguration {

    /** The catalog and published plans are public; a plan's history needs a token. */
    @Bean
    PublicEndpoints planPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/catalog/**", "/api/v1/plans", "/api/v1/plans/*");
    }

    /** UTC, ticking in microseconds: what PostgreSQL keeps, so an instant reads back as it was written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
