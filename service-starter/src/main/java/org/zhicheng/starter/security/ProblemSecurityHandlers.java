package org.zhicheng.starter.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.zhicheng.starter.problem.ProblemRenderer;

/**
 * 401 and 403 of the filter chain as problem JSON. A request without a token gets {@code unauthenticated}; a token
 * that is invalid, expired, from another issuer, unsigned or signed by an unknown key gets {@code token.invalid} —
 * the reason stays in the log, since it helps an attacker more than a client.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemRenderer renderer;

    public ProblemSecurityHandlers(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        boolean badToken = authException instanceof InvalidBearerTokenException
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        String code = badToken ? "token.invalid" : "unauthenticated";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        renderer.write(renderer.render(HttpStatus.UNAUTHORIZED, code, null, null, new Object[0], List.of(), request),
                response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        renderer.write(renderer.render(HttpStatus.FORBIDDEN, "access.denied", null, null, new Object[0], List.of(),
                request), response);
    }
}
