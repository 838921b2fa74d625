package org.zhicheng.plan.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one source row says, before the catalog: its logical cells as written (inherited ones marked), the contact
 * split into unit and phones, the title names split into evaluated and recommended, and any problems that reject it.
 */
public record ParsedRow(int row, Map<Column, String> cells, Set<Column> inherited, ContactCell contact,
        TitleCell titles, List<String> problems) {

    public ParsedRow {
        cells = Map.copyOf(cells);
        inherited = Set.copyOf(inherited);
        problems = List.copyOf(problems);
    }

    public String cell(Column column) {
        String value = cells.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
