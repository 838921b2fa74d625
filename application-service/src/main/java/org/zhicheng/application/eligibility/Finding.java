package org.zhicheng.application.eligibility;

import java.util.List;

/**
 * What one rule said of one case: passed, failed (with the problem code and its message arguments), pending (asked
 * of another service that has not answered yet) or not applicable (the rule does not concern the case).
 *
 * @param rule   the rule's name, e.g. {@code exam-only-series}
 * @param notice the notice it cites, e.g. {@code 000-二(三)}
 */
public record Finding(String rule, String notice, Outcome outcome, String code, List<Object> arguments) {

    public enum Outcome {
        PASSED, FAILED, PENDING, NOT_APPLICABLE
    }

    public Finding {
        arguments = arguments == null ? List.of() : List.copyOf(arguments.stream().map(Finding::printable).toList());
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    private static Object printable(Object argument) {
        return argument == null ? "—" : argument instanceof Number ? argument : String.valueOf(argument);
    }
}
