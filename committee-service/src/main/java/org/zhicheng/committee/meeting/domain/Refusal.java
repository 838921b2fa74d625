package org.zhicheng.committee.meeting.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A domain refusal with a stable {@code code} clients switch on, the {@code rule} behind it (a notice reference such
 * as {@code 002-一(四)} or {@code MOHRSS-40}; null when no notice stands behind it) and the message arguments in the
 * order the problem bundles use them. A refused call changes nothing. The web layer maps the three kinds: a broken
 * rule to 422, a wrong state to 409 {@code <resource>.wrong-state}, any other conflict to 409.
 */
public abstract sealed class Refusal extends RuntimeException permits RuleRefused, WrongStateRefused, ConflictRefused {

    private final String code;
    private final String rule;
    private final List<Object> arguments;

    Refusal(String code, String rule, Object... arguments) {
        super(code + (rule == null ? "" : " (" + rule + ")") + " " + Arrays.toString(arguments));
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
