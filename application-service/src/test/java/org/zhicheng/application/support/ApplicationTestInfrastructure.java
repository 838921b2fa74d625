package org.zhicheng.application.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The other services as application-service calls them, in tests: one WireMock on 127.0.0.1 standing at the HTTP
 * boundaries of plan-service, education-service, notification-service and committee-service (their paths do not
 * overlap), with workers polling fast.
 */
public class ApplicationTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static WireMockServer wiremock;

    public static synchronized WireMockServer wiremock() {
        if (wiremock == null) {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-wiremock-stop"));
            wiremock = server;
        }
        return wiremock;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String base = wiremock().baseUrl();
        TestPropertyValues.of(
                "zhicheng.application.clients.plan=" + base,
                "zhicheng.application.clients.education=" + base,
                "zhicheng.application.clients.notification=" + base,
                "zhicheng.application.clients.committee=" + base,
                "zhicheng.outbox.poll-interval=100ms",
                "zhicheng.application.compliance.poll-interval=200ms")
            .applyTo(context);
    }
}
