package org.zhicheng.gateway;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhicheng.gateway.routing.DownstreamService;

/**
 * The running gateway on a random port in front of {@link StubServers}. Every test class extends this one and adds
 * nothing to the configuration, so they all share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // short bounds, so that the failure tests prove a bound without waiting for the production one
        "zhicheng.gateway.timeouts.connect=1s",
        "zhicheng.gateway.timeouts.response=2s",
        // a breaker that opens after 4 calls, half of them failed, so that a test can open it quickly
        "zhicheng.gateway.circuit-breaker.sliding-window-size=4",
        "zhicheng.gateway.circuit-breaker.minimum-number-of-calls=4",
        "zhicheng.gateway.circuit-breaker.wait-in-open-state=1m",
        "zhicheng.gateway.rate-limit.objections.capacity=2",
        "zhicheng.gateway.rate-limit.objections.refill-tokens=1",
        "zhicheng.gateway.rate-limit.objections.refill-period=1h",
        // lets each test pick its client IP for the rate limit with X-Forwarded-For
        "server.forward-headers-strategy=framework"
})
@ExtendWith(StubServers.Lifecycle.class)
abstract class GatewayTestSupport {

    static final StubServers stubs = StubServers.shared();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        for (DownstreamService service : DownstreamService.values()) {
            registry.add("zhicheng.gateway.services." + service.serviceName(), () -> stubs.baseUrl(service));
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", stubs::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", stubs::jwkSetUri);
    }

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    String validToken() {
        return stubs.tokens().valid(stubs.issuer());
    }
}
