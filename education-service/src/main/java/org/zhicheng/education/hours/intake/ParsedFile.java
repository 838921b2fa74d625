package org.zhicheng.education.hours.intake;

import java.util.List;

/** What an adapter read from a file: the rows it understood and the problems of those it did not. */
public record ParsedFile(String system, List<ImportRow> rows, List<RowProblem> problems) {
}
