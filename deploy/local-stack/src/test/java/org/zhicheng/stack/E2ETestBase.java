package org.zhicheng.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhicheng.infra.MailServer;
import org.zhicheng.stack.demo.GatewayClient;

/**
 * Base of the end-to-end tests ({@code *E2EIT}, run by failsafe): the real stack — PostgreSQL, Kafka, Keycloak
 * with the realm from deploy/keycloak, the mail server, the five services and the gateway from this checkout's
 * jars — started once per test JVM and driven through the gateway with real Keycloak tokens of the realm's demo
 * users; what the services e-mail is read from the mail server's mailboxes.
 */
@ExtendWith(LocalStackExtension.class)
public abstract class E2ETestBase {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static volatile RunningStack stack;
    /** Fetches and caches the tokens (renewed before they expire: a suite can outlast a token). */
    private static volatile GatewayClient tokens;

    static void use(RunningStack running) {
        if (stack != running) {
            tokens = new GatewayClient(running.gatewayUrl(), running.tokenUrl(), Duration.ofSeconds(30));
            stack = running;
        }
    }

    protected static RunningStack stack() {
        return stack;
    }

    protected static String gatewayUrl() {
        return stack.gatewayUrl();
    }

    /**
     * The stack's mail server: {@code mail().awaitMessagesTo(address, count, timeout)}. One stack serves the whole
     * run, so a mailbox keeps what earlier tests sent there: count on from {@code messagesTo(address).size()}.
     */
    protected static MailServer mail() {
        return stack.mail();
    }

    /** An access token of a demo user (password grant of the demo-only client {@code zhicheng-cli}), cached. */
    protected static String userToken(String username) {
        return tokens.token(username);
    }

    /** A client-credentials token of {@code platform} or a service client (secret {@code <client-id>-secret}). */
    protected static String clientToken(String clientId) {
        return tokens.clientToken(clientId);
    }

    /** A request to {@code path} on the gateway, with the bearer token when one is given. */
    protected static HttpRequest.Builder gateway(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    protected static HttpResponse<String> get(String path, String token) {
        return send(gateway(path, token).GET().build());
    }

    protected static HttpResponse<String> postJson(String path, String token, String json) {
        return send(gateway(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
