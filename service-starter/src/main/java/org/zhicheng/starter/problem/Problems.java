package org.zhicheng.starter.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Factories for the problems use cases throw. Codes are {@code <resource>.<kind>} where the resource matters to the
 * client ({@code plan.not-found}, {@code plan.wrong-state}) and fall back to the generic messages of the kind
 * ({@code not-found.title}: "{0} {1} 不存在") so a service adds bundle entries only when it wants a better text.
 */
public final class Problems {

    private Problems() {
    }

    /** 404 {@code <resource>.not-found}; message arguments: resource, id. */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, resource + ".not-found", "not-found", null,
                new Object[] { resource, id }, List.of());
    }

    /** 409 {@code <resource>.wrong-state}: the action is not allowed in the current state; arguments: resource, state, action. */
    public static ProblemException wrongState(String resource, Object state, String action) {
        return wrongState(resource, state, action, null);
    }

    /**
     * 409 {@code <resource>.wrong-state} that names the rule refusing the action in this state (e.g. a published
     * plan's deadlines are fixed by {@code 000-三(三)}): the same code as a plain wrong state, so clients switch on
     * one code, with {@code rule} telling them why.
     */
    public static ProblemException wrongState(String resource, Object state, String action, String rule) {
        return new ProblemException(HttpStatus.CONFLICT, resource + ".wrong-state", "wrong-state", rule,
                new Object[] { resource, state, action }, List.of());
    }

    /** 409 with a code of the service's own (a duplicate, a concurrent change). */
    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, "conflict", null, args, List.of());
    }

    /** 422: a domain rule refuses the request; {@code rule} cites the rule and its notice, e.g. {@code 000-三(三)}. */
    public static ProblemException ruleViolated(String code, String rule, Object... args) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, "rule-violated", rule, args, List.of());
    }

    /** 403: authenticated, but the object is outside the caller's scope (region, unit, committee, own person). */
    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, "forbidden", null, args, List.of());
    }

    /** 400: input that passed Bean Validation but is still unusable. */
    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, "bad-request", null, args, List.of());
    }

    /** 412: a stale {@code If-Match} or another failed precondition. */
    public static ProblemException preconditionFailed(String code, Object... args) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, code, "precondition-failed", null, args,
                List.of());
    }

    /** 503 {@code unavailable}: a dependency (another service, Keycloak) cannot answer now; argument: its name. */
    public static ProblemException unavailable(String dependency) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null, null,
                new Object[] { dependency }, List.of());
    }
}
