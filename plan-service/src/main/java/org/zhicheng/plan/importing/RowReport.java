package org.zhicheng.plan.importing;

import java.util.List;
import java.util.Map;

/**
 * What the importer made of one source row: its cells by logical column (as written), which of them were inherited
 * from the row above, the split contact, the title and specialty codes, notes, and the problems that rejected it.
 */
public record RowReport(int row, boolean accepted, Map<Column, String> cells, List<Column> inherited, String unit,
        List<String> phones, List<String> evaluatedTitles, List<String> recommendedTitles, List<String> specialties,
        List<String> notes, List<String> problems) {
}
