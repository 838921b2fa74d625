package org.zhicheng.starter.problem;

/**
 * One invalid input field of a problem: {@code field} is the property path as the client sent it
 * ({@code items[0].applicationDeadline}), {@code code} the constraint ({@code NotNull}), {@code message} for people.
 */
public record FieldProblem(String field, String code, String message) {
}
