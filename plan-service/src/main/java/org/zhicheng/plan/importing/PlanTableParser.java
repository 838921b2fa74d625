package org.zhicheng.plan.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a located table row by row into {@link ParsedRow}s: maps the header to logical columns (an unknown header
 * refuses the file), fills "same as above" cells from the row before ({@link Column#inherits()}), splits contact and
 * titles cells, and rejects a row with more cells than the header, without a committee, or without titles where the
 * plan needs them (every category but initial certification, whose 001 附件2 table has no titles column).
 */
public final class PlanTableParser {

    private PlanTableParser() {
    }

    /** The logical column of each header cell; null for trailing empty header cells. */
    public static List<Column> columns(SourceTable table) {
        List<Column> columns = new ArrayList<>();
        int last = table.header().size();
        while (last > 0 && Cells.headerKey(table.header().get(last - 1)).isEmpty()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            String header = table.header().get(i);
            Column column = Column.forHeader(header);
            if (column == null) {
                throw ImportProblems.unknownColumn(Cells.clean(header), i + 1, table.headerRow());
            }
            columns.add(column);
        }
        if (!columns.contains(Column.COMMITTEE)) {
            throw ImportProblems.missingColumn(Column.COMMITTEE.exportHeader(), table.headerRow());
        }
        return columns;
    }

    /**
     * The time columns inherit together: a row with no time at all shares the times above (002 rows 22–25 under
     * "按省高评委评审计划另定"), but a row that gives one time and leaves the other empty (002 row 21, whose text spans
     * both columns) inherits none.
     */
    private static final Set<Column> TIMES = EnumSet.of(Column.EVALUATION_TIME, Column.MATERIAL_DEADLINE,
            Column.START_TIME, Column.COMPLETION_TIME);

    private static final Pattern PER_LEVEL = Pattern.compile("(初级|中级|高级|副高级|正高级)\\s*[：:]");

    public static List<ParsedRow> parse(SourceTable table) {
        return parse(table, true);
    }

    /** As {@link #parse(SourceTable)}; {@code titlesRequired} false lets rows name no title (初定). */
    public static List<ParsedRow> parse(SourceTable table, boolean titlesRequired) {
        List<Column> columns = columns(table);
        Map<Column, String> above = new EnumMap<>(Column.class);
        List<ParsedRow> parsed = new ArrayList<>();
        for (SourceRow row : table.rows()) {
            List<String> problems = new ArrayList<>();
            int filled = row.cells().size();
            while (filled > 0 && row.cell(filled - 1).isBlank()) {
                filled--;
            }
            if (filled > columns.size()) {
                problems.add("import.too-many-cells: " + filled + " cells, the header has " + columns.size());
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            Set<Column> inherited = EnumSet.noneOf(Column.class);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                String value = Cells.clean(row.cell(i), !(column == Column.SCOPE && perLevel(row.cell(i))));
                if (value.isEmpty() && column.inherits() && above.containsKey(column)
                        && (!TIMES.contains(column) || noTimes(row, columns))) {
                    value = above.get(column);
                    inherited.add(column);
                }
                cells.put(column, value);
                if (!value.isEmpty()) {
                    above.put(column, value);
                } else if (TIMES.contains(column)) {
                    // a row with its own times ends the merged time cells above, the empty ones included
                    above.remove(column);
                }
            }
            if (cells.getOrDefault(Column.COMMITTEE, "").isEmpty()) {
                problems.add("import.missing-cell: " + Column.COMMITTEE.exportHeader());
            }
            TitleCell titles = TitleCell.parse(cells.get(Column.TITLES));
            if (titlesRequired && titles.evaluated().isEmpty() && titles.recommended().isEmpty()) {
                problems.add("import.missing-cell: " + Column.TITLES.exportHeader());
            }
            parsed.add(new ParsedRow(row.number(), cells, inherited, ContactCell.parse(cells.get(Column.CONTACT)),
                    titles, problems));
        }
        return parsed;
    }

    private static boolean noTimes(SourceRow row, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (TIMES.contains(columns.get(i)) && !row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "初级：市本级 中级：全市 高级：全市": the spaces separate the levels, so they stay. */
    private static boolean perLevel(String scope) {
        return PER_LEVEL.matcher(scope).find();
    }
}
