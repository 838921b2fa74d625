package org.zhicheng.gateway.routing;

import java.util.List;

/**
 * The services behind the gateway and the path prefixes each one owns ({@code architecture.md}, HTTP API
 * conventions). The name is also the circuit breaker's name and the key of its OpenAPI document.
 */
public enum DownstreamService {

    PLAN("plan", "/api/v1/catalog/**", "/api/v1/plans/**", "/api/v1/plan-items/**"),
    APPLICATION("application", "/api/v1/archives/**", "/api/v1/applications/**", "/api/v1/certificates/**",
            "/api/v1/integrity/**", "/api/v1/publications/**"),
    COMMITTEE("committee", "/api/v1/committees/**", "/api/v1/experts/**", "/api/v1/meetings/**",
            "/api/v1/self-evaluation/**"),
    EDUCATION("education", "/api/v1/education/**"),
    NOTIFICATION("notification", "/api/v1/publicities/**", "/api/v1/objections/**", "/api/v1/announcements/**",
            "/api/v1/inbox/**", "/api/v1/calendar/**", "/api/v1/webhooks/**");

    private final String serviceName;
    private final List<String> pathPatterns;

    DownstreamService(String serviceName, String... pathPatterns) {
        this.serviceName = serviceName;
        this.pathPatterns = List.of(pathPatterns);
    }

    public String serviceName() {
        return serviceName;
    }

    public List<String> pathPatterns() {
        return pathPatterns;
    }

    /** Where the gateway publishes this service's OpenAPI document for the aggregated Swagger UI. */
    public String apiDocsPath() {
        return "/v3/api-docs/" + serviceName;
    }
}
