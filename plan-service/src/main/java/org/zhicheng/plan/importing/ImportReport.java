package org.zhicheng.plan.importing;

import java.util.List;

/**
 * The row-by-row report of an import. {@code outcome} says whether a draft was created; when a row is rejected no
 * plan is created at all and {@code problem} names the reason ({@code import.rows-rejected} or the domain's code).
 */
public record ImportReport(String outcome, String problem, int table, int tables, int rowsAccepted,
        int rowsRejected, List<RowReport> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }
}
