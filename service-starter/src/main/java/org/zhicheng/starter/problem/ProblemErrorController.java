package org.zhicheng.starter.problem;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} page for failures outside Spring MVC (a filter that threw, a container error), so
 * even those answer with problem JSON and never with HTML or a stack trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ProblemRenderer renderer;

    public ProblemErrorController(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemBody> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof AuthenticationServiceException) {
            // the token could not be checked at all (Keycloak's keys unreachable): a dependency is down, not the caller
            ProblemBody body = renderer.render(Problems.unavailable("keycloak"), request);
            return ResponseEntity.status(body.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String problemCode = status.value() == 404 ? "path.not-found"
                : status.is5xxServerError() ? "internal" : "http." + status.value();
        ProblemBody body = renderer.render(status, problemCode, "status." + status.value(), null, new Object[0],
                List.of(), request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String original) {
            body = new ProblemBody(body.type(), body.title(), body.status(), body.detail(), original, body.code(),
                    body.rule(), body.errors(), body.requestId());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
