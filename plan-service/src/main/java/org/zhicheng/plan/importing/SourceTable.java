package org.zhicheng.plan.importing;

import java.util.List;

/** A plan table found in a file: its header cells (as written), the row they stand on, and its data rows. */
public record SourceTable(int headerRow, List<String> header, List<SourceRow> rows) {

    public SourceTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
