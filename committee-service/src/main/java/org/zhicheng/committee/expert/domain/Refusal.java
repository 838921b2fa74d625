package org.zhicheng.committee.expert.domain;

import java.util.List;

/**
 * The expert domain refusing a request: input it cannot use (400, naming the field), a broken rule (422, naming
 * the rule), a conflict with what exists (409), or an action the current state does not allow (409
 * {@code <resource>.wrong-state}, with the rule behind it when there is one).
 */
public class Refusal extends RuntimeException {

    public enum Kind { BAD_INPUT, RULE, CONFLICT, WRONG_STATE }

    private final Kind kind;
    private final String code;
    private final String rule;
    private final String field;
    private final List<Object> arguments;

    private Refusal(Kind kind, String code, String rule, String field, Object... arguments) {
        super(code + (rule == null ? "" : " [" + rule + "]") + (field == null ? "" : " (" + field + ")") + " "
                + List.of(arguments));
        this.kind = kind;
        this.code = code;
        this.rule = rule;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public static Refusal badInput(String code, String field, Object... arguments) {
        return new Refusal(Kind.BAD_INPUT, code, null, field, arguments);
    }

    public static Refusal rule(String code, String rule, String field, Object... arguments) {
        return new Refusal(Kind.RULE, code, rule, field, arguments);
    }

    public static Refusal conflict(String code, String field, Object... arguments) {
        return new Refusal(Kind.CONFLICT, code, null, field, arguments);
    }

    /** Arguments: resource, state, action (the generic wrong-state message's). */
    public static Refusal wrongState(String resource, Object state, String action, String rule) {
        return new Refusal(Kind.WRONG_STATE, resource, rule, null, resource, state, action);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem code; for a wrong state, the resource. */
    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
