package org.zhicheng.education.hours.domain;

import java.util.List;

/** An entry refused by a named rule: the rule's code, the field it concerns and the values the message prints. */
public final class HoursRejected extends RuntimeException {

    private final String code;
    private final String field;
    private final transient List<Object> arguments;

    HoursRejected(String code, String field, Object... arguments) {
        super(code + " (" + field + ")");
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
