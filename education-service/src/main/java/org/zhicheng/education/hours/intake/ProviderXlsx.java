package org.zhicheng.education.hours.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The XLSX export of a training provider's learning platform (培训机构学时导出): the first sheet, one header row with
 * 学员编号, 学员姓名, 培训年度, 科目类型, 获得学时, 课程名称, 培训机构, 学时证明编号 in any order; numbers may be numeric
 * cells or text.
 */
public final class ProviderXlsx implements ExportAdapter {

    public static final String FORMAT = "provider-xlsx";
    static final String SYSTEM = "培训机构学时导出";
    private static final List<String> HEADERS = List.of("学员编号", "学员姓名", "培训年度", "科目类型", "获得学时", "课程名称",
            "培训机构", "学时证明编号");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ParsedFile read(InputStream file) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file)) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> all = sheet.read();
            if (all.isEmpty()) {
                throw new MalformedFile("the workbook's first sheet is empty");
            }
            Map<String, Integer> columns = columns(all.getFirst());
            for (Row row : all.subList(1, all.size())) {
                if (row.stream().allMatch(cell -> cell == null || cell.getText().isBlank())) {
                    continue;
                }
                int line = row.getRowNum();
                Cells.row(line, cell(row, columns, "学员编号"), cell(row, columns, "学员姓名"),
                        cell(row, columns, "培训年度"), cell(row, columns, "科目类型"), cell(row, columns, "获得学时"),
                        cell(row, columns, "课程名称"), cell(row, columns, "培训机构"), cell(row, columns, "学时证明编号"),
                        rows, problems);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedFile malformed) {
                throw malformed;
            }
            throw new MalformedFile("not a readable XLSX workbook", e);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw new MalformedFile("the workbook has a header but no rows");
        }
        return new ParsedFile(SYSTEM, rows, problems);
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            Optional<String> name = header.getCellAsString(i);
            if (name.isPresent()) {
                columns.put(name.get().trim(), i);
            }
        }
        List<String> missing = HEADERS.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedFile("not a " + FORMAT + " file: missing columns " + String.join(", ", missing));
        }
        return columns;
    }

    private static String cell(Row row, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        if (index >= row.getCellCount() || row.getCell(index) == null) {
            return "";
        }
        return row.getCell(index).getText();
    }
}
