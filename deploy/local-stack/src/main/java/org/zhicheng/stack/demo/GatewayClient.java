package org.zhicheng.stack.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform the way a portal does: through the gateway, with access tokens of the realm's demo users
 * (password grant of the demo-only client {@code zhicheng-cli}). Tokens are cached for ten minutes (they live 15).
 * Thread-safe.
 */
public final class GatewayClient {

    /** The demo users' password (deploy/keycloak/README.md); demo only. */
    public static final String DEMO_PASSWORD = "zhicheng-demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);

    private final String gatewayUrl;
    private final String tokenUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    public GatewayClient(String gatewayUrl, String tokenUrl, Duration timeout) {
        this.gatewayUrl = gatewayUrl.replaceAll("/+$", "");
        this.tokenUrl = tokenUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** An answer: status and body; {@link #json()} parses the body. */
    public record Reply(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body.isEmpty() ? "null" : body);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** HTTP status, and the problem detail's code, rule and detail when the body is one. */
        public String problem() {
            StringBuilder text = new StringBuilder("HTTP ").append(status);
            try {
                JsonNode json = json();
                for (String field : List.of("code", "rule", "detail")) {
                    if (json.hasNonNull(field)) {
                        text.append(' ').append(json.path(field).asString());
                    }
                }
                json.path("errors").forEach(error -> text.append(" [").append(error.path("field").asString())
                        .append(": ").append(error.path("message").asString()).append(']'));
            } catch (RuntimeException notJson) {
                text.append(' ').append(body.length() > 300 ? body.substring(0, 300) + "…" : body);
            }
            return text.toString();
        }
    }

    /** An access token of a demo user. */
    public String token(String username) {
        return token(username, Map.of("grant_type", "password", "client_id", "zhicheng-cli",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** A client-credentials token of {@code platform} or a service client (secret {@code <client-id>-secret}). */
    public String clientToken(String clientId) {
        return token("client:" + clientId, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret"));
    }

    private String token(String cacheKey, Map<String, String> grant) {
        long now = System.nanoTime();
        CachedToken cached = tokens.get(cacheKey);
        if (cached != null && now - cached.fetchedAt() < TOKEN_REUSE.toNanos()) {
            return cached.value();
        }
        String form = new TreeMap<>(grant).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply reply = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + cacheKey + ": HTTP " + reply.status() + " "
                    + reply.body());
        }
        String token = reply.json().path("access_token").asString();
        tokens.put(cacheKey, new CachedToken(token, now));
        return token;
    }

    /** GET on the gateway; {@code token} may be null (anonymous). */
    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** POST of a JSON body, with a fresh {@code Idempotency-Key}. */
    public Reply postJson(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POST of {@code multipart/form-data}: the text fields and one file part named {@code file}. */
    public Reply postMultipart(String path, String token, Map<String, String> fields, String fileName,
                               byte[] content) {
        String boundary = "zhicheng-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record CachedToken(String value, long fetchedAt) {
    }
}
