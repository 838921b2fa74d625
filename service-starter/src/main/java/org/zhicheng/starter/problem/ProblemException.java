package org.zhicheng.starter.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An expected failure of a use case, rendered as a problem detail by {@link ProblemExceptionHandler}. Create it
 * with the {@link Problems} factories. {@code code} is stable (clients switch on it) and is also the message key
 * ({@code <code>.title}, {@code <code>.detail}); when a bundle has no message for it, the messages of
 * {@code fallbackCode} are used, so {@code plan.not-found} reads well without a per-resource entry.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String fallbackCode;
    private final String rule;
    private final transient Object[] args;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String code, String fallbackCode, String rule, Object[] args,
            List<FieldProblem> errors) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.fallbackCode = fallbackCode;
        this.rule = rule;
        this.args = args == null ? new Object[0] : args.clone();
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(HttpStatus status, String code, Object... args) {
        this(status, code, null, null, args, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The generic code whose messages apply when the bundles have none for {@link #code()}; may be null. */
    public String fallbackCode() {
        return fallbackCode;
    }

    /** The rule and notice a 422 cites, e.g. {@code 000-三(三)}; null for other problems. */
    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The same problem with field errors attached (e.g. a rule that names the offending fields). */
    public ProblemException withErrors(List<FieldProblem> fieldErrors) {
        return new ProblemException(status, code, fallbackCode, rule, args, fieldErrors);
    }
}
