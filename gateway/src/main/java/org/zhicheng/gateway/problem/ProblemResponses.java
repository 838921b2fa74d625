package org.zhicheng.gateway.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.zhicheng.gateway.requestid.RequestIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problems for the current exchange and writes them as {@code application/problem+json}; used wherever the
 * gateway answers by itself (security, rate limit, fallback, error handler) so all of them look alike.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_PREFIX = "urn:zhicheng:problem:";

    private final ProblemMessages messages;
    private final JsonMapper json;

    public ProblemResponses(ProblemMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * The problem for the exchange, its {@code instance} the path the caller sent; {@code status} may differ from the
     * code's own for a code that stands for several statuses, {@code service} names the service a 503 is about.
     */
    public Problem problem(ServerWebExchange exchange, ProblemCode code, HttpStatusCode status, String service,
            Object... detailArgs) {
        Locale locale = ProblemMessages.localeOf(exchange.getRequest().getHeaders());
        return new Problem(TYPE_PREFIX + code.code(), messages.title(code, locale), status.value(),
                messages.detail(code, locale, detailArgs), RequestIds.callerPath(exchange), code.code(), null,
                List.of(), RequestIds.of(exchange), service);
    }

    public Problem problem(ServerWebExchange exchange, ProblemCode code, Object... detailArgs) {
        return problem(exchange, code, code.status(), null, detailArgs);
    }

    /** 503 {@code service.unavailable} naming the service (or the identity provider) that cannot answer. */
    public Problem unavailable(ServerWebExchange exchange, String service) {
        return problem(exchange, ProblemCode.SERVICE_UNAVAILABLE, ProblemCode.SERVICE_UNAVAILABLE.status(), service,
                service);
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemCode code, Object... detailArgs) {
        return write(exchange, problem(exchange, code, detailArgs));
    }
}
