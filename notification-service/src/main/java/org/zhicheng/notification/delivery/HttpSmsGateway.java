package org.zhicheng.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS provider's HTTP API: {@code POST <url>} with {@code {"to", "signature", "text"}}, the key as a bearer token
 * and the delivery's id as {@code Idempotency-Key}; a 2xx answer carries {@code messageId}. A 4xx answer (but 408 and
 * 429) is a refusal that retrying cannot change; 408, 429, 5xx and network failures are tried again.
 */
class HttpSmsGateway implements SmsGateway {

    private final SmsProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    HttpSmsGateway(SmsProperties properties, JsonMapper json) {
        if (properties.url() == null || properties.url().isBlank()) {
            throw new IllegalStateException("zhicheng.notification.sms.mode=http needs zhicheng.notification.sms.url");
        }
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String send(UUID deliveryId, String mobile, String text) {
        String body = json.writeValueAsString(Map.of("to", mobile, "signature", properties.signature(),
                "text", text));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", deliveryId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new DeliveryFailure("SMS provider unreachable: " + ex, false, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending the SMS", false, ex);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode answer = response.body().isBlank() ? null : json.readTree(response.body());
            String id = answer == null ? "" : answer.path("messageId").asString("");
            return id.isEmpty() ? "accepted" : id;
        }
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        throw new DeliveryFailure("SMS provider answered " + status + ": " + abbreviate(response.body()), permanent,
                null);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
