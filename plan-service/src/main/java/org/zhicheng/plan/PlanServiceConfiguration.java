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

    /**
     * The catalog, published plans, the portal search and one public item are public; a plan's history needs a
     * token. (Drafts behind these paths are still 404 to whoever may not see them.)
     */
    @Bean
    PublicEndpoints planPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/catalog/**", "/api/v1/plans", "/api/v1/plans/*", "/api/v1/plan-items",
                "/api/v1/plan-items/*");
    }
}
