package org.zhicheng.starter.web;

import org.slf4j.MDC;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names of the request id in HTTP headers, Kafka headers and the logging MDC, and the current id. The id follows a
 * request through the gateway, the services' logs, their Feign calls and the events they publish.
 */
public final class RequestIds {

    /** HTTP header, set by the gateway or the caller and echoed in every response. */
    public static final String HEADER = "X-Request-Id";
    /** Kafka record header, written by the outbox relay and restored around listener calls. */
    public static final String KAFKA_HEADER = "x-request-id";
    /** MDC key, so every log line of a request carries it. */
    public static final String MDC_KEY = "requestId";
    /** Request attribute, for code on other threads that still sees the request (Feign under a circuit breaker). */
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    /** The id of the request or record being handled, or null outside one. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        if (id != null) {
            return id;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String value) {
            return value;
        }
        return null;
    }
}
