package org.zhicheng.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.EnumMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zhicheng.gateway.routing.DownstreamService;

/**
 * The gateway's neighbours for the tests, on 127.0.0.1 and free ports: one WireMock per service (so a test can
 * tell which service a route reached) and one standing for Keycloak's JWKS endpoint. Started once per test JVM,
 * stopped when JUnit closes its root store at the end of the run.
 */
final class StubServers implements AutoCloseable {

    static final String SERVED_BY = "X-Served-By";
    static final String REALM_PATH = "/realms/zhicheng";
    static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";

    private static StubServers shared;

    private final Map<DownstreamService, WireMockServer> services = new EnumMap<>(DownstreamService.class);
    private final WireMockServer identityProvider;
    private final TestTokens tokens = new TestTokens();

    private StubServers() {
        for (DownstreamService service : DownstreamService.values()) {
            services.put(service, startService(service, serverOptions().dynamicPort()));
        }
        identityProvider = new WireMockServer(serverOptions().dynamicPort());
        identityProvider.start();
        identityProvider.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson(tokens.jwks())));
    }

    static synchronized StubServers shared() {
        if (shared == null) {
            shared = new StubServers();
        }
        return shared;
    }

    WireMockServer service(DownstreamService service) {
        return services.get(service);
    }

    String baseUrl(DownstreamService service) {
        return "http://127.0.0.1:" + services.get(service).port();
    }

    WireMockServer identityProvider() {
        return identityProvider;
    }

    String issuer() {
        return "http://127.0.0.1:" + identityProvider.port() + REALM_PATH;
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + identityProvider.port() + JWKS_PATH;
    }

    TestTokens tokens() {
        return tokens;
    }

    /** Stops a service, runs the action while it is down, and brings it back on the same port. */
    void whileDown(DownstreamService service, Runnable action) {
        WireMockServer server = services.get(service);
        int port = server.port();
        server.stop();
        try {
            action.run();
        } finally {
            services.put(service, startService(service, serverOptions().port(port)));
        }
    }

    @Override
    public synchronized void close() {
        services.values().forEach(WireMockServer::stop);
        identityProvider.stop();
        shared = null;
    }

    private static WireMockServer startService(DownstreamService service, WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options);
        server.start();
        // Every path answers and says who answered; the gateway's own rewrite of the docs path gets its own stub.
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader(SERVED_BY, service.serviceName())
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"service\":\"" + service.serviceName() + "\"}")));
        server.stubFor(get(urlEqualTo("/v3/api-docs")).atPriority(1)
                .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service.serviceName()
                        + "\",\"version\":\"v1\"},\"paths\":{}}").withHeader(SERVED_BY, service.serviceName())));
        return server;
    }

    private static WireMockConfiguration serverOptions() {
        // no gzip: Jetty would rewrite ETags ("v3--gzip"), which is not what a service sends
        return options().bindAddress("127.0.0.1").gzipDisabled(true).notifier(new Slf4jNotifier(false));
    }

    /** Registers the shared servers with JUnit's root store, which closes them once all test classes have run. */
    static final class Lifecycle implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(StubServers.class))
                    .computeIfAbsent(StubServers.class, key -> shared(), StubServers.class);
        }
    }
}
