package org.zhicheng.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.zhicheng.gateway.requestid.RequestIds;
import reactor.core.publisher.Mono;

/**
 * Renders every error that leaves the filter chain as problem JSON: no route for the path (404), a method a
 * gateway endpoint does not take (405), the identity provider's keys unreachable (503) and anything unexpected
 * (500, logged with its request id, never a stack trace to the caller). Ordered before Boot's own error handler.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String IDENTITY_PROVIDER = "identity";

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = RequestIds.callerPath(exchange);
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode raw = statusError.getStatusCode();
            ProblemCode code = ProblemCode.forStatus(raw.value());
            HttpStatusCode status = code == ProblemCode.REQUEST_FAILED || code == ProblemCode.INTERNAL_ERROR
                    ? raw : code.status();
            if (status.is5xxServerError()) {
                log.warn("{} {} failed requestId={}: {}", exchange.getRequest().getMethod(), path,
                        RequestIds.of(exchange), statusError.toString());
            }
            exchange.getResponse().getHeaders().putAll(statusError.getHeaders());
            return problems.write(exchange, problems.problem(exchange, code, status, null,
                    exchange.getRequest().getMethod().name()));
        }
        if (identityProviderFailed(error)) {
            log.warn("token could not be checked for {} {} requestId={}: {}", exchange.getRequest().getMethod(), path,
                    RequestIds.of(exchange), error.toString());
            return problems.write(exchange, problems.unavailable(exchange, IDENTITY_PROVIDER));
        }
        log.error("{} {} failed requestId={}", exchange.getRequest().getMethod(), path, RequestIds.of(exchange), error);
        return problems.write(exchange, ProblemCode.INTERNAL_ERROR);
    }

    /**
     * Whether a token could not be checked because Keycloak's keys were out of reach. Spring Security reports that
     * either as an {@link AuthenticationServiceException} or, from the key fetch itself, as an exception caused by
     * a {@link WebClientException}; the gateway makes no other calls with a {@code WebClient}.
     */
    private static boolean identityProviderFailed(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationServiceException || cause instanceof WebClientException) {
                return true;
            }
        }
        return false;
    }
}
