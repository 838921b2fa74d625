package org.zhicheng.education.hours.intake;

/** Why one row (by its number in the file) cannot be taken in: a stable code and a readable message. */
public record RowProblem(int line, String code, String message) {
}
