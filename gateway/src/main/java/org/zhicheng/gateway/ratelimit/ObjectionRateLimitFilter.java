package org.zhicheng.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.zhicheng.gateway.problem.ProblemCode;
import org.zhicheng.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Limits anonymous {@code POST /api/v1/objections/**} per client IP. Requests carrying a token are left to the
 * security chain (a valid one identifies its caller, an invalid one gets a 401). The client IP is the connection's
 * peer; behind a proxy set {@code server.forward-headers-strategy} so that it comes from {@code X-Forwarded-For}.
 */
@Component
class ObjectionRateLimitFilter implements WebFilter, Ordered {

    private static final PathPattern OBJECTIONS = PathPatternParser.defaultInstance.parse("/api/v1/objections/**");

    private final ClientRateLimiter limiter;
    private final ProblemResponses problems;

    ObjectionRateLimitFilter(RateLimitProperties properties, ProblemResponses problems) {
        this.limiter = new ClientRateLimiter(properties, System::nanoTime);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // after the request id, before security and routing
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!HttpMethod.POST.equals(request.getMethod())
                || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                || !OBJECTIONS.matches(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        Duration wait = limiter.tryAcquire(clientOf(request));
        if (wait.isZero()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, ProblemCode.RATE_LIMITED, seconds);
    }

    private static String clientOf(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return peer == null ? "unknown" : peer.getHostString();
        }
        return peer.getAddress().getHostAddress();
    }
}
