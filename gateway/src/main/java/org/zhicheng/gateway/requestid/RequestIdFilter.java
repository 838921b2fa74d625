package org.zhicheng.gateway.requestid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First filter of every request: fixes its id, notes the path the caller sent, puts it on the request the service will see and on the response,
 * and writes one access-log line when the response starts. Runs before security so that even a 401 carries the id.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    private static final Logger ACCESS = LoggerFactory.getLogger("org.zhicheng.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String id = RequestIds.acceptOrGenerate(request.getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        exchange.getAttributes().put(RequestIds.CALLER_PATH_ATTRIBUTE, request.getPath().value());
        // Spring's own log lines for this exchange are prefixed with the log id: make that the request id too.
        exchange.getAttributes().put(ServerWebExchange.LOG_ID_ATTRIBUTE, id);
        ServerHttpRequest withId = request.mutate().headers(headers -> headers.set(RequestIds.HEADER, id)).build();
        ServerWebExchange mutated = exchange.mutate().request(withId).build();
        long started = System.nanoTime();
        // Logged when the response commits, because only then is the status known, also for the 401s, 404s and
        // 503s that error handlers outside this filter chain write.
        mutated.getResponse().beforeCommit(() -> {
            mutated.getResponse().getHeaders().set(RequestIds.HEADER, id);
            HttpStatusCode status = mutated.getResponse().getStatusCode();
            ACCESS.info("{} {} {} {}ms requestId={}", request.getMethod(), request.getPath().value(),
                    status == null ? 200 : status.value(), (System.nanoTime() - started) / 1_000_000, id);
            return Mono.empty();
        });
        return chain.filter(mutated);
    }
}
