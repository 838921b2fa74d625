package org.zhicheng.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import java.net.URI;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two routes per service: its API prefixes, and its OpenAPI document under {@code /v3/api-docs/<service>} for
 * the aggregated Swagger UI. Both go through the service's circuit breaker, whose fallback is
 * {@link FallbackController}. Routes are built in Java rather than YAML because the target URLs and timeouts are
 * typed properties and the five routes differ only in data.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    // Services behind the gateway must not add CORS headers of their own; if one does, the gateway's win.
    private static final String CORS_RESPONSE_HEADERS =
            "Access-Control-Allow-Origin Access-Control-Allow-Credentials Access-Control-Expose-Headers";

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, RoutingProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (DownstreamService service : DownstreamService.values()) {
            URI target = properties.services().of(service);
            String name = service.serviceName();
            routes.route(name, route -> bounded(route
                    .path(service.pathPatterns().toArray(String[]::new))
                    .filters(filters -> protectedBy(filters, service)), properties)
                    .uri(target));
            routes.route(name + "-api-docs", route -> bounded(route
                    .path(service.apiDocsPath())
                    .filters(filters -> protectedBy(filters.setPath("/v3/api-docs"), service)), properties)
                    .uri(target));
        }
        return routes.build();
    }

    private static GatewayFilterSpec protectedBy(GatewayFilterSpec filters, DownstreamService service) {
        return filters
                .circuitBreaker(breaker -> breaker
                        .setName(service.serviceName())
                        .setFallbackUri("forward:" + FallbackController.PATH + "/" + service.serviceName()))
                .dedupeResponseHeader(CORS_RESPONSE_HEADERS, "RETAIN_FIRST");
    }

    private static UriSpec bounded(UriSpec route, RoutingProperties properties) {
        return route
                .metadata(CONNECT_TIMEOUT_ATTR, Math.toIntExact(properties.timeouts().connect().toMillis()))
                .metadata(RESPONSE_TIMEOUT_ATTR, properties.timeouts().response().toMillis());
    }

    /**
     * One breaker configuration for every service. Its time limiter is switched off in {@code application.yml}:
     * it would bound the whole exchange including the body's transfer (a large download would be cut off), while
     * the HTTP client's connect and response timeouts above already bound the wait for a service to answer.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(RoutingProperties properties) {
        RoutingProperties.CircuitBreaker breaker = properties.circuitBreaker();
        CircuitBreakerConfig circuitBreakerConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreakerConfig)
                .build());
    }
}
