package org.zhicheng.starter.problem;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A domain refusal with a stable {@code code} clients switch on, the {@code rule} behind it (a notice reference such
 * as {@code 002-一(二)}; null when no notice stands behind it) and the message arguments in the order the problem
 * bundles use them. A domain throws it without knowing HTTP; {@link ProblemExceptionHandler} answers it as a problem
 * detail of its kind: a broken rule 422 with the rule, a wrong state 409 {@code <resource>.wrong-state} (with the rule
 * when one forbids it), any other conflict 409. A refused call changes nothing.
 */
public abstract sealed class Refusal extends RuntimeException permits RuleRefused, WrongStateRefused, ConflictRefused {

    private final String code;
    private final String rule;
    private final List<Object> arguments;

    Refusal(String code, String rule, Object... arguments) {
        super(code + (rule == null ? "" : " (" + rule + ")") + " " + Arrays.toString(arguments), null, false, false);
        this.code = code;
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The problem this refusal is answered with. */
    public ProblemException problem() {
        Object[] printed = arguments.stream().map(Refusal::printable).toArray();
        return switch (this) {
            case RuleRefused rule -> Problems.ruleViolated(rule.code(), rule.rule(), printed);
            case WrongStateRefused wrong -> Problems.wrongState(wrong.resource(), wrong.state(), wrong.action(),
                    wrong.rule());
            case ConflictRefused conflict when conflict.rule() != null -> new ProblemException(HttpStatus.CONFLICT,
                    conflict.code(), "conflict", conflict.rule(), printed, List.of());
            case ConflictRefused conflict -> Problems.conflict(conflict.code(), printed);
        };
    }

    /** Dates, ids and flags print as they read ({@code 2026-11-30}), not in a locale's format. */
    private static Object printable(Object argument) {
        return argument instanceof Number ? argument : String.valueOf(argument);
    }
}
