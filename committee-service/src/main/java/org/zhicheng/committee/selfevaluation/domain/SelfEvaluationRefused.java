package org.zhicheng.committee.selfevaluation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A self-evaluation rule refuses the action (answered 422 with {@code code} and {@code rule}); the arguments are in
 * the order the problem bundles use them. A refused call changes nothing.
 */
public final class SelfEvaluationRefused extends RuntimeException {

    private final String code;
    private final String rule;
    private final List<Object> arguments;

    public SelfEvaluationRefused(String code, String rule, Object... arguments) {
        super(code + " (" + rule + ") " + Arrays.toString(arguments));
        this.code = Objects.requireNonNull(code, "code");
        this.rule = Objects.requireNonNull(rule, "rule");
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
}
