package org.zhicheng.starter.problem;

import java.util.Objects;

/**
 * The request conflicts with what is already recorded (answered 409 with {@code code}), e.g. a second publicity of
 * the same kind for the same subject; {@link #underRule} names the notice when one stands behind it.
 */
public final class ConflictRefused extends Refusal {

    public ConflictRefused(String code, Object... arguments) {
        super(Objects.requireNonNull(code, "code"), null, arguments);
    }

    private ConflictRefused(String code, String rule, Object[] arguments) {
        super(Objects.requireNonNull(code, "code"), Objects.requireNonNull(rule, "rule"), arguments);
    }

    public static ConflictRefused underRule(String code, String rule, Object... arguments) {
        return new ConflictRefused(code, rule, arguments);
    }
}
