package org.zhicheng.notification.refusal;

import java.util.Arrays;
import java.util.List;

/**
 * A domain refusal with a stable {@code code} clients switch on, the {@code rule} behind it (a notice reference such
 * as {@code 002-一(二)}; null when no notice stands behind it) and the message arguments in the order the problem
 * bundles use them. Three kinds: a broken rule (422), a wrong state (409 {@code <resource>.wrong-state}), any other
 * conflict (409).
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
}
