package org.zhicheng.committee.meeting.domain;

import java.util.Objects;

/**
 * The request conflicts with what is already recorded (answered 409 with {@code code}): an application assigned twice,
 * a meeting opened with nothing to evaluate; or, naming a rule, something that came too late for it (a ballot after
 * the meeting closed).
 */
public final class ConflictRefused extends Refusal {

    public ConflictRefused(String code, Object... arguments) {
        super(Objects.requireNonNull(code, "code"), null, arguments);
    }

    private ConflictRefused(String code, String rule, Object[] arguments) {
        super(Objects.requireNonNull(code, "code"), Objects.requireNonNull(rule, "rule"), arguments);
    }

    /** A conflict that a notice's rule stands behind (answered 409 with {@code code} and {@code rule}). */
    public static ConflictRefused underRule(String code, String rule, Object... arguments) {
        return new ConflictRefused(code, rule, arguments);
    }
}
