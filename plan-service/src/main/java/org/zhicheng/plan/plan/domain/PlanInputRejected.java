package org.zhicheng.plan.plan.domain;

import java.util.List;

/**
 * A field of the input cannot be read (a time like "13 月"); answered as 400 naming the field
 * ({@code items[2].expectedEvaluationTime}), the text and why.
 */
public class PlanInputRejected extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> arguments;

    public PlanInputRejected(String field, String code, String message, Object... arguments) {
        super(field + ": " + message);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** The property path as the client sent it. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
