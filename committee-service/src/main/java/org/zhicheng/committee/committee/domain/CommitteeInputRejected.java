package org.zhicheng.committee.committee.domain;

import java.util.List;

/** Input that cannot describe a committee: a stable code, the field, the message arguments. */
public class CommitteeInputRejected extends RuntimeException {

    private final String code;
    private final String field;
    private final List<Object> arguments;

    public CommitteeInputRejected(String code, String field, Object... arguments) {
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
