package org.zhicheng.application.eligibility;

import java.util.List;

/**
 * One rule of who may apply where and how, citing its notice; it answers every case with a {@link Finding} and its
 * reason. Rules read only the {@link ApplicationCase}: no clock, no database, no other service.
 */
public interface EligibilityRule {

    /** The rule's name, stable (e.g. {@code exam-only-series}). */
    String name();

    /** The notice the rule comes from, e.g. {@code 000-二(三)}. */
    String notice();

    Finding check(ApplicationCase c);

    default Finding passed() {
        return new Finding(name(), notice(), Finding.Outcome.PASSED, null, List.of());
    }

    default Finding notApplicable() {
        return new Finding(name(), notice(), Finding.Outcome.NOT_APPLICABLE, null, List.of());
    }

    default Finding failed(String code, Object... arguments) {
        return new Finding(name(), notice(), Finding.Outcome.FAILED, code, java.util.Arrays.asList(arguments));
    }

    default Finding pending(String code, Object... arguments) {
        return new Finding(name(), notice(), Finding.Outcome.PENDING, code, java.util.Arrays.asList(arguments));
    }
}
