package org.zhicheng.education.hours.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV export of a city's continuing-education registration system (市继续教育登记系统): UTF-8 (a leading BOM is
 * allowed, as spreadsheet programs write one), comma-separated, fields optionally in double quotes, one header row
 * with 姓名, 身份证号或人员编号, 年度, 学时类别, 学时, 课程, 机构, 证书编号 in any order.
 */
public final class CityRegistryCsv implements ExportAdapter {

    public static final String FORMAT = "city-registry-csv";
    static final String SYSTEM = "市继续教育登记系统";
    private static final List<String> HEADERS = List.of("姓名", "身份证号或人员编号", "年度", "学时类别", "学时", "课程",
            "机构", "证书编号");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ParsedFile read(InputStream file) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new MalformedFile("the file is empty");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            Map<String, Integer> columns = columns(split(header));
            String text;
            int line = 1;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = split(text);
                if (cells.size() != columns.size() && cells.size() < HEADERS.size()) {
                    problems.add(new RowProblem(line, "import.wrong-cell-count",
                            cells.size() + " cells where the header has " + columns.size()));
                    continue;
                }
                Cells.row(line, cell(cells, columns, "身份证号或人员编号"), cell(cells, columns, "姓名"),
                        cell(cells, columns, "年度"), cell(cells, columns, "学时类别"), cell(cells, columns, "学时"),
                        cell(cells, columns, "课程"), cell(cells, columns, "机构"), cell(cells, columns, "证书编号"),
                        rows, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw new MalformedFile("the file has a header but no rows");
        }
        return new ParsedFile(SYSTEM, rows, problems);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim(), i);
        }
        List<String> missing = HEADERS.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedFile("not a " + FORMAT + " file: missing columns " + String.join(", ", missing));
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Splits one CSV line; a quoted field may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
