package org.zhicheng.starter.problem;

import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.zhicheng.starter.feign.RemoteProblemException;

/**
 * Renders every exception that leaves a controller as {@code application/problem+json}: the use cases'
 * {@link ProblemException}s, Spring MVC's own exceptions (through {@link ResponseEntityExceptionHandler}), data
 * conflicts, access denials and, last, anything unexpected as a 500 that says only "internal error" and the request
 * id (the exception goes to the log, never into the body).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemRenderer renderer;

    public ProblemExceptionHandler(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<Object> handleProblem(ProblemException ex, HttpServletRequest request) {
        return respond(renderer.render(ex, request), new HttpHeaders());
    }

    /** A domain's refusal ({@link Refusal}), answered as the problem of its kind. */
    @ExceptionHandler(Refusal.class)
    public ResponseEntity<Object> handleRefusal(Refusal refusal, HttpServletRequest request) {
        return handleProblem(refusal.problem(), request);
    }

    @ExceptionHandler(RemoteProblemException.class)
    public ResponseEntity<Object> handleRemoteProblem(RemoteProblemException ex, HttpServletRequest request) {
        // a client error of the other service is the caller's problem too (same rule, same code); its failures are ours to report as 503
        if (ex.status() >= 500) {
            return handleProblem(Problems.unavailable(ex.client()), request);
        }
        HttpStatusCode status = HttpStatusCode.valueOf(ex.status());
        ProblemBody body = renderer.render(status, ex.code(), null, ex.rule(), new Object[0], List.of(), request);
        if (body.detail() == null && ex.detail() != null) {
            body = new ProblemBody(body.type(), body.title(), body.status(), ex.detail(), body.instance(),
                    body.code(), body.rule(), body.errors(), body.requestId());
        }
        return respond(body, new HttpHeaders());
    }

    /** Feign calls run under a circuit breaker, which wraps what the call threw: answer for the cause. */
    @ExceptionHandler(NoFallbackAvailableException.class)
    public ResponseEntity<Object> handleNoFallback(NoFallbackAvailableException ex, HttpServletRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof ProblemException problem) {
            return handleProblem(problem, request);
        }
        if (cause instanceof RemoteProblemException remote) {
            return handleRemoteProblem(remote, request);
        }
        if (cause instanceof CallNotPermittedException open) {
            // circuit breaker names are "<client>#<method>"
            String name = open.getCausingCircuitBreakerName();
            int hash = name.indexOf('#');
            return handleProblem(Problems.unavailable(hash > 0 ? name.substring(0, hash) : name), request);
        }
        return handleUnexpected(ex, request);
    }

    /** Bean Validation outside the web layer ({@code @Validated} services): the same 400 as an invalid request body. */
    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex,
            HttpServletRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations()
            .stream()
            .map(violation -> new FieldProblem(String.valueOf(violation.getPropertyPath()),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()))
            .toList();
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "validation.failed", null, null, new Object[0], errors,
                request), new HttpHeaders());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleOptimisticLocking(OptimisticLockingFailureException ex,
            HttpServletRequest request) {
        log.info("Concurrent update refused on {}: {}", request.getRequestURI(), ex.getMessage());
        return handleProblem(Problems.conflict("concurrent-update"), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException ex,
            HttpServletRequest request) {
        // the SQL message names tables and constraints: log it, never send it
        log.warn("Data integrity violation on {}", request.getRequestURI(), ex);
        return handleProblem(Problems.conflict("data.conflict"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return respond(renderer.render(HttpStatus.UNAUTHORIZED, "unauthenticated", null, null, new Object[0],
                    List.of(), request), bearerChallenge());
        }
        return handleProblem(Problems.forbidden("access.denied"), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> handleAuthentication(AuthenticationException ex, HttpServletRequest request) {
        return respond(renderer.render(HttpStatus.UNAUTHORIZED, "unauthenticated", null, null, new Object[0],
                List.of(), request), bearerChallenge());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(renderer.render(HttpStatus.INTERNAL_SERVER_ERROR, "internal", null, null, new Object[0],
                List.of(), request), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ServletWebRequest servletWebRequest = (ServletWebRequest) request;
        if (servletWebRequest.getResponse() != null && servletWebRequest.getResponse().isCommitted()) {
            // part of a response went out already: nothing sensible can be added to it
            log.warn("Response already committed, not rendering a problem for {}", ex.toString());
            return null;
        }
        HttpServletRequest servletRequest = servletWebRequest.getRequest();
        Mapped mapped = map(ex, statusCode);
        ProblemBody problem = renderer.render(statusCode, mapped.code(), "status." + statusCode.value(), null,
                mapped.args(), mapped.errors(), servletRequest);
        return respond(problem, headers);
    }

    private record Mapped(String code, Object[] args, List<FieldProblem> errors) {
        Mapped(String code, Object... args) {
            this(code, args, List.of());
        }
    }

    private Mapped map(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case MethodArgumentNotValidException invalid ->
                new Mapped("validation.failed", new Object[0], fieldProblems(invalid.getBindingResult()));
            case HandlerMethodValidationException invalid ->
                new Mapped("validation.failed", new Object[0], parameterProblems(invalid));
            // the parser's message quotes the input and names internal types: say only that the body is unreadable
            case HttpMessageNotReadableException unreadable -> new Mapped("request.unreadable");
            case TypeMismatchException mismatch -> new Mapped("request.parameter-invalid", mismatch.getPropertyName());
            case MissingServletRequestParameterException missing ->
                new Mapped("request.parameter-missing", missing.getParameterName());
            case MissingServletRequestPartException missing ->
                new Mapped("request.parameter-missing", missing.getRequestPartName());
            case ServletRequestBindingException binding -> new Mapped("request.binding");
            case NoResourceFoundException notFound -> new Mapped("path.not-found");
            case NoHandlerFoundException notFound -> new Mapped("path.not-found");
            case HttpRequestMethodNotSupportedException method -> new Mapped("method.not-allowed", method.getMethod());
            case HttpMediaTypeNotSupportedException media -> new Mapped("media-type.unsupported",
                    String.valueOf(media.getContentType()));
            case HttpMediaTypeNotAcceptableException media -> new Mapped("media-type.not-acceptable");
            case MaxUploadSizeExceededException tooLarge -> new Mapped("upload.too-large");
            default -> new Mapped("http." + status.value());
        };
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        result.getGlobalErrors().forEach(error -> problems
            .add(new FieldProblem(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        return problems;
    }

    private static List<FieldProblem> parameterProblems(HandlerMethodValidationException ex) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> {
                String[] codes = error.getCodes();
                String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
                problems.add(new FieldProblem(name, code, error.getDefaultMessage()));
            });
        }
        return problems;
    }

    private static HttpHeaders bearerChallenge() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }

    private static ResponseEntity<Object> respond(ProblemBody body, HttpHeaders headers) {
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, responseHeaders, HttpStatusCode.valueOf(body.status()));
    }
}
