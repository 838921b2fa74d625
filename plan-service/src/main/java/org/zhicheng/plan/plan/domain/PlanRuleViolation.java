package org.zhicheng.plan.plan.domain;

import java.util.List;

/**
 * A rule from a notice refuses the plan; answered as 422 with {@code code}, the {@code rule} (e.g. {@code 000-一}) and
 * message arguments.
 */
public class PlanRuleViolation extends RuntimeException {

    private final String code;
    private final String rule;
    private final List<Object> arguments;

    public PlanRuleViolation(String code, String rule, Object... arguments) {
        super(code + " (" + rule + ") " + List.of(arguments));
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
