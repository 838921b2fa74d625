package org.zhicheng.gateway.cors;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.zhicheng.gateway.problem.ProblemCode;
import org.zhicheng.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Applies the portals' CORS policy to every request before security, so that a 401 or 429 still carries the
 * headers a browser needs to show it. Spring's own {@code CorsWebFilter} would refuse a foreign origin with an
 * empty 403; this one answers with a problem like every other refusal.
 */
@Component
class PortalCorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration policy;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemResponses problems;

    PortalCorsFilter(CorsProperties properties, ProblemResponses problems) {
        this.policy = new CorsConfiguration();
        policy.setAllowedOrigins(properties.allowedOrigins());
        policy.setAllowedMethods(properties.allowedMethods());
        policy.setAllowedHeaders(properties.allowedHeaders());
        policy.setExposedHeaders(properties.exposedHeaders());
        policy.setMaxAge(properties.maxAge());
        // Portals send bearer tokens in a header, never cookies, so credentialed CORS stays off.
        policy.setAllowCredentials(false);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // after the request id, before the rate limit and security
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!processor.process(policy, exchange)) {
            return problems.write(exchange, ProblemCode.CORS_REJECTED);
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Mono.empty();
        }
        return chain.filter(exchange);
    }
}
