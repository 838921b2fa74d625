package org.zhicheng.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the plan tables in the rows of a file. A table starts at a header row (first cell 序号); prose (a row with one
 * cell of text: headings, notes, "附件 2") ends it. A header repeated after a page break, with nothing but blank lines
 * since the last data row, continues the table (000 附件1 repeats its header on every page).
 */
public final class TableLocator {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private TableLocator() {
    }

    public static List<SourceTable> tables(List<SourceRow> rows) {
        List<SourceTable> tables = new ArrayList<>();
        SourceRow header = null;
        List<SourceRow> data = new ArrayList<>();
        boolean prose = false;
        for (SourceRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (Cells.headerKey(row.cell(0)).equals("序号")) {
                boolean repeated = header != null && !prose && keys(header).equals(keys(row));
                if (!repeated) {
                    if (header != null) {
                        tables.add(new SourceTable(header.number(), header.cells(), data));
                    }
                    header = row;
                    data = new ArrayList<>();
                }
                prose = false;
            } else if (isProse(row)) {
                prose = true;
            } else if (header != null) {
                if (prose) {
                    // data after prose without a new header: the notes belong to the table, keep reading it
                    prose = false;
                }
                data.add(row);
            }
        }
        if (header != null) {
            tables.add(new SourceTable(header.number(), header.cells(), data));
        }
        return tables;
    }

    /** One non-blank cell, first, and not a row number: a heading or note between tables. */
    private static boolean isProse(SourceRow row) {
        long filled = row.cells().stream().filter(cell -> cell != null && !cell.isBlank()).count();
        return filled == 1 && !row.cell(0).isBlank() && !NUMBER.matcher(row.cell(0).strip()).matches();
    }

    private static List<String> keys(SourceRow header) {
        return header.cells().stream().map(Cells::headerKey).filter(key -> !key.isEmpty()).toList();
    }
}
