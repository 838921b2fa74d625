package org.zhicheng.notification.objection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.starter.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObjectionProperties.class)
class ObjectionConfiguration {

    /** Anyone raises an objection (rate-limited at the gateway) and reads their own with its access code. */
    @Bean
    PublicEndpoints objectionPublicEndpoints() {
        return PublicEndpoints.post("/api/v1/objections").andGet("/api/v1/objections/*");
    }
}
