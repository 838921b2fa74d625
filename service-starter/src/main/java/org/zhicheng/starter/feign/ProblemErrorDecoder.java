package org.zhicheng.starter.feign;

import java.io.IOException;
import java.io.InputStream;

import feign.Response;
import feign.codec.ErrorDecoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes another service's error response into a {@link RemoteProblemException}, reading {@code code},
 * {@code rule} and {@code detail} when the body is problem JSON.
 */
public class ProblemErrorDecoder implements ErrorDecoder {

    // a problem body is small; anything larger is not one of ours and is not worth reading
    private static final int MAX_BODY = 64 * 1024;

    private final JsonMapper jsonMapper;

    public ProblemErrorDecoder(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String client = FeignClients.name(response.request(), methodKey);
        String code = "http." + response.status();
        String rule = null;
        String detail = null;
        JsonNode problem = readProblem(response);
        if (problem != null) {
            code = text(problem, "code", code);
            rule = text(problem, "rule", null);
            detail = text(problem, "detail", null);
        }
        return new RemoteProblemException(client, response.status(), code, rule, detail);
    }

    private JsonNode readProblem(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY);
            JsonNode node = jsonMapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        }
        catch (IOException | JacksonException ex) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asString();
    }
}
