package org.zhicheng.committee.committee;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.starter.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommitteeProperties.class)
class CommitteeConfiguration {

    /**
     * Committees are public information (the portals list who evaluates what); only the list and one committee are
     * open — a committee's pool and pool requests below {@code /{code}/…} stay internal.
     */
    @Bean
    PublicEndpoints committeePublicEndpoints() {
        return PublicEndpoints.get("/api/v1/committees", "/api/v1/committees/*");
    }
}
