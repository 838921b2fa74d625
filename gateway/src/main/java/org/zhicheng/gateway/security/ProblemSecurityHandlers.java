package org.zhicheng.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.zhicheng.gateway.problem.ProblemCode;
import org.zhicheng.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem JSON. A token that was sent but failed validation (expired, foreign issuer, bad signature,
 * unsigned) is told apart from no token at all, both in {@code code} and in the RFC 6750 challenge header.
 */
@Component
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // The reason stays in the gateway: the description would tell a forger which check caught the token.
        boolean badToken = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, badToken ? ProblemCode.INVALID_TOKEN : ProblemCode.UNAUTHENTICATED);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, ProblemCode.FORBIDDEN);
    }
}
