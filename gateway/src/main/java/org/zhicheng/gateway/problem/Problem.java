package org.zhicheng.gateway.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The platform's problem document, field for field as the services render it ({@code docs/conventions.md}).
 * {@code service} is the gateway's one extension: which service a 503 is about.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String rule,
        List<FieldError> errors,
        String requestId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String service) {

    /** A field error; the gateway itself never validates bodies, so its own problems carry none. */
    public record FieldError(String field, String code, String message) {
    }
}
