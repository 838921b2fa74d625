package org.zhicheng.gateway.routing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are and how long the gateway waits for them ({@code zhicheng.gateway.*}).
 *
 * @param services base URL of each service
 * @param timeouts connection and response bounds per call
 * @param circuitBreaker when a service counts as down and for how long calls to it are short-circuited
 */
@ConfigurationProperties("zhicheng.gateway")
public record RoutingProperties(
        @DefaultValue Services services,
        @DefaultValue Timeouts timeouts,
        @DefaultValue CircuitBreaker circuitBreaker) {

    public record Services(
            @DefaultValue("http://127.0.0.1:8081") URI plan,
            @DefaultValue("http://127.0.0.1:8082") URI application,
            @DefaultValue("http://127.0.0.1:8083") URI committee,
            @DefaultValue("http://127.0.0.1:8084") URI education,
            @DefaultValue("http://127.0.0.1:8085") URI notification) {

        public URI of(DownstreamService service) {
            return switch (service) {
                case PLAN -> plan;
                case APPLICATION -> application;
                case COMMITTEE -> committee;
                case EDUCATION -> education;
                case NOTIFICATION -> notification;
            };
        }
    }

    /**
     * @param connect how long to wait for a TCP connection to a service
     * @param response how long to wait for a service's response headers once the request is sent
     */
    public record Timeouts(
            @DefaultValue("2s") Duration connect,
            @DefaultValue("30s") Duration response) {
    }

    /**
     * @param failureRateThreshold percentage of failed calls that opens the breaker
     * @param slidingWindowSize number of recent calls the rate is computed over
     * @param minimumNumberOfCalls calls needed before the rate means anything
     * @param waitInOpenState how long an open breaker refuses calls before letting a few probes through
     */
    public record CircuitBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("10s") Duration waitInOpenState) {
    }
}
