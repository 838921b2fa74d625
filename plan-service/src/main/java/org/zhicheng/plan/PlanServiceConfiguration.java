package org.zhicheng.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.plan.plan.PlanProperties;
import org.zhicheng.starter.security.PublicEndpoints;

/** The service's anonymous reads and its settings; the {@code Clock} comes from the starter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanProperties.class)
class PlanServiceConfiguration {

    /** The catalog, published plans and the portal search are public; a plan's history needs a token. */
    @Bean
    PublicEndpoints planPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/catalog/**", "/api/v1/plans", "/api/v1/plans/*", "/api/v1/plan-items");
    }
}
