package org.zhicheng.committee.draw.domain;

import java.util.List;

/**
 * A rule refuses the draw or a step of it; nothing changed. The web layer answers 422 with {@code code}, the
 * {@code rule} (its notice, e.g. {@code 000-三(一)}) and the message arguments.
 */
public class DrawRefused extends RuntimeException {

    private final String code;
    private final String rule;
    private final transient List<Object> arguments;

    public DrawRefused(String code, String rule, Object... arguments) {
        super(code + " (" + rule + ") " + List.of(arguments));
        this.code = code;
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    /** The stable problem code, e.g. {@code draw.pool-too-small}. */
    public String code() {
        return code;
    }

    /** The rule and its notice, e.g. {@code 002-一(四)}. */
    public String rule() {
        return rule;
    }

    /** The values the problem message prints, in the order of the bundle's {@code {0}}, {@code {1}}, … */
    public List<Object> arguments() {
        return arguments;
    }
}
