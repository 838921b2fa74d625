package org.zhicheng.plan.importing;

import java.util.List;

/** One row of an uploaded file: its number as the user sees it (text line, CSV record start, sheet row) and cells. */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
