package org.zhicheng.gateway.problem;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of the problems the gateway answers itself; clients switch on them, so they never change
 * meaning. Titles and details are in {@code problems_*.properties} under {@code <code>.title|detail}.
 */
public enum ProblemCode {

    UNAUTHENTICATED("auth.unauthenticated", HttpStatus.UNAUTHORIZED),
    INVALID_TOKEN("auth.invalid-token", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("auth.forbidden", HttpStatus.FORBIDDEN),
    CORS_REJECTED("request.cors-rejected", HttpStatus.FORBIDDEN),
    SERVICE_UNAVAILABLE("service.unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    RATE_LIMITED("request.rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    BAD_REQUEST("request.bad-request", HttpStatus.BAD_REQUEST),
    NOT_FOUND("request.not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("request.method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("request.not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    PAYLOAD_TOO_LARGE("request.payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("request.unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    REQUEST_FAILED("request.failed", HttpStatus.BAD_REQUEST),
    INTERNAL_ERROR("internal.error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;
    private final HttpStatus status;

    ProblemCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** The code for a status raised by the framework (no route, wrong method, …); others fall into two buckets. */
    public static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_FAILED;
        };
    }
}
