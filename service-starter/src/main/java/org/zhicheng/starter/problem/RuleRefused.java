package org.zhicheng.starter.problem;

import java.util.Objects;

/** A rule from a notice refuses the action (answered 422 with {@code code} and {@code rule}). */
public final class RuleRefused extends Refusal {

    public RuleRefused(String code, String rule, Object... arguments) {
        super(Objects.requireNonNull(code, "code"), Objects.requireNonNull(rule, "rule"), arguments);
    }
}
