package org.zhicheng.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhicheng.infra.MailServer;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The outside world of notification-service in tests, one of each per test JVM, on 127.0.0.1 and free ports: a real
 * SMTP server (GreenMail, read back through {@link #mail()}), and WireMock standing in for committee-service's HTTP
 * API, the SMS provider and webhook receivers ({@link #wiremock()}). The workers poll fast; the publicity closer is
 * left to the tests (they call it), its schedule set far apart.
 */
public class NotificationTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The SMS provider's send path on the WireMock server. */
    public static final String SMS_PATH = "/sms/send";
    /** A fixed AES key for the webhook secrets of tests (never used outside them). */
    static final String WEBHOOK_KEY = "dGVzdC1vbmx5LXdlYmhvb2sta2V5LTMyLWJ5dGVzISE=";

    private static MailServer mail;
    private static WireMockServer wiremock;

    public static synchronized MailServer mail() {
        if (mail == null) {
            MailServer server = MailServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-mail-stop"));
            mail = server;
        }
        return mail;
    }

    public static synchronized WireMockServer wiremock() {
        if (wiremock == null) {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            // the SMS provider accepts every message unless a test stubs otherwise (at a higher priority)
            server.stubFor(post(urlEqualTo(SMS_PATH)).atPriority(10).willReturn(okJson("{\"messageId\":\"sms-1\"}")));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-wiremock-stop"));
            wiremock = server;
        }
        return wiremock;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mail.host=" + mail().host(),
                "spring.mail.port=" + mail().smtpPort(),
                "zhicheng.notification.clients.committee=" + wiremock().baseUrl(),
                "zhicheng.notification.sms.mode=http",
                "zhicheng.notification.sms.url=" + wiremock().baseUrl() + SMS_PATH,
                "zhicheng.notification.sms.api-key=test-sms-key",
                "zhicheng.notification.webhooks.encryption-key=" + WEBHOOK_KEY,
                "zhicheng.notification.webhooks.allowed-private-networks=127.0.0.1/32",
                "zhicheng.notification.webhooks.poll-interval=200ms",
                "zhicheng.notification.webhooks.initial-backoff=300ms",
                "zhicheng.notification.webhooks.max-backoff=1s",
                "zhicheng.notification.webhooks.max-attempts=4",
                "zhicheng.notification.delivery.poll-interval=200ms",
                "zhicheng.notification.delivery.initial-backoff=300ms",
                "zhicheng.notification.delivery.max-backoff=1s",
                "zhicheng.notification.delivery.max-attempts=3",
                "zhicheng.notification.summons.poll-interval=200ms",
                "zhicheng.notification.summons.initial-backoff=300ms",
                "zhicheng.notification.summons.max-backoff=1s",
                "zhicheng.notification.publicity.close-interval=1h",
                "zhicheng.outbox.poll-interval=100ms")
            .applyTo(context);
    }
}
