package org.zhicheng.starter.problem;

import java.util.List;

/**
 * The JSON body of every error response, RFC 9457 members plus the platform's extensions ({@code code},
 * {@code rule}, {@code errors}, {@code requestId}), exactly as {@code docs/conventions.md} shows them.
 */
public record ProblemBody(String type, String title, int status, String detail, String instance, String code,
        String rule, List<FieldProblem> errors, String requestId) {

    /** The {@code type} URI prefix; the code follows it. */
    public static final String TYPE_PREFIX = "urn:zhicheng:problem:";
}
