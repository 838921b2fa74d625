package org.zhicheng.starter.testapp;

import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** A plain HTTP client on the application under test that never throws on an error status. */
final class Http {

    record Response(int status, HttpHeaders headers, String text) {

        JsonNode json() {
            return JSON.readTree(text);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    Http(int port) {
        this.client = RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .requestFactory(new JdkClientHttpRequestFactory())
            .defaultStatusHandler(status -> true, (request, response) -> {
            })
            .build();
    }

    Response get(String path, String authorization) {
        return get(path, headers -> {
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        });
    }

    Response get(String path, Consumer<HttpHeaders> headers) {
        return wrap(client.get().uri(path).headers(headers).retrieve().toEntity(String.class));
    }

    Response post(String path, String authorization, String json, Consumer<HttpHeaders> headers) {
        return wrap(client.post().uri(path).headers(h -> {
            if (authorization != null) {
                h.set(HttpHeaders.AUTHORIZATION, authorization);
            }
            headers.accept(h);
        }).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class));
    }

    private static Response wrap(ResponseEntity<String> entity) {
        return new Response(entity.getStatusCode().value(), entity.getHeaders(), entity.getBody());
    }
}
