package org.zhicheng.starter.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for a service under test (127.0.0.1, its random port): JSON in, status, headers and JSON out; nothing thrown for 4xx. */
public final class ServiceApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ServiceApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    public Reply post(String path, String authorization, Object body) {
        return send("POST", path, authorization, body);
    }

    public Reply put(String path, String authorization, Object body, String ifMatch) {
        return ifMatch == null ? send("PUT", path, authorization, body)
                : send("PUT", path, authorization, body, "If-Match", ifMatch);
    }

    /** Any request; {@code headers} are name/value pairs. */
    public Reply send(String method, String path, String authorization, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and the JSON body (null when empty). */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The problem's stable code, for error responses. */
        public String code() {
            return json == null ? null : json.path("code").asString();
        }
    }
}
