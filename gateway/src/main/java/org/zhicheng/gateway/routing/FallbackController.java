package org.zhicheng.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.zhicheng.gateway.problem.Problem;
import org.zhicheng.gateway.problem.ProblemResponses;
import org.zhicheng.gateway.requestid.RequestIds;

/**
 * Where a route's circuit breaker forwards a call that failed (connection refused, timeout) or was refused because
 * the breaker is open: a 503 problem naming the service. Reached only by the gateway's internal forward; a
 * direct request from outside is refused by the security rules.
 */
@Hidden
@RestController
class FallbackController {

    static final String PATH = "/fallback";

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping(PATH + "/{service}")
    ResponseEntity<Problem> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        String instance = RequestIds.callerPath(exchange);
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} service unavailable for {} {} requestId={}: {}", service, exchange.getRequest().getMethod(),
                instance, RequestIds.of(exchange), cause == null ? "unknown cause" : cause.toString());
        Problem problem = problems.unavailable(exchange, service);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
