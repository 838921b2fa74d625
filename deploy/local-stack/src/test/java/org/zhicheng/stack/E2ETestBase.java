package org.zhicheng.stack;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests ({@code *E2EIT}, run by failsafe): the real stack — PostgreSQL, Kafka, Keycloak
 * with the realm from deploy/keycloak, the five services and the gateway from this checkout's jars — started
 * once per test JVM and driven through the gateway with real Keycloak tokens of the realm's demo users.
 */
@ExtendWith(LocalStackExtension.class)
public abstract class E2ETestBase {

    /** The demo users' password (deploy/keycloak/README.md); demo only. */
    protected static final String DEMO_PASSWORD = "zhicheng-demo";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static volatile RunningStack stack;

    static void use(RunningStack running) {
        if (stack != running) {
            TOKENS.clear();
            stack = running;
        }
    }

    protected static RunningStack stack() {
        return stack;
    }

    protected static String gatewayUrl() {
        return stack.gatewayUrl();
    }

    /** An access token of a demo user (password grant of the demo-only client {@code zhicheng-cli}), cached. */
    protected static String userToken(String username) {
        return TOKENS.computeIfAbsent("user:" + username, key -> token(Map.of(
                "grant_type", "password", "client_id", "zhicheng-cli",
                "username", username, "password", DEMO_PASSWORD)));
    }

    /** A client-credentials token of {@code platform} or a service client (secret {@code <client-id>-secret}). */
    protected static String clientToken(String clientId) {
        return TOKENS.computeIfAbsent("client:" + clientId, key -> token(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret")));
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

    private static String token(Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + form.get("username") + form.get("client_id")
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JsonPath.read(response.body(), "$.access_token");
    }
}
