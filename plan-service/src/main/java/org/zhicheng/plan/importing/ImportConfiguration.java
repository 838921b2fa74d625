package org.zhicheng.plan.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.starter.security.PublicEndpoints;

/** The import settings, and the plan export as public as reading the plan itself. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    /** A published plan can be read anonymously, so its export too; unpublished ones stay 404 in the use case. */
    @Bean
    PublicEndpoints planExportPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/plans/*/export.xlsx");
    }
}
