package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.ProblemException;

/** The three formats, the encodings, and the files that are refused, on 000 附件1 as the notice prints it. */
class TableReaderTest {

    private static final SourceTable ANNEX1 = Seeds.tables("000").getFirst();

    @Test
    void csvOfASeedTableReadsLikeTheNoticeText() {
        String csv = csv(ANNEX1, true);

        List<SourceTable> tables = TableLocator.tables(TableReader.read(csv.getBytes(StandardCharsets.UTF_8),
                "plan.csv"));

        assertThat(tables).hasSize(1);
        assertThat(withoutRowNumbers(PlanTableParser.parse(tables.getFirst())))
                .isEqualTo(withoutRowNumbers(PlanTableParser.parse(ANNEX1)));
    }

    @Test
    void csvQuotedCellsKeepCommasQuotesAndLineBreaks() {
        String csv = "序号,评委会名称,评审（推荐）职务任职资格名称,备注\r\n"
                + "1,\"绍兴市机电制造工程技术人员\n中级专业技术职务任职资格评审委员会\",\"工程师评审, 高级工程师推荐\","
                + "\"含\"\"自主评价\"\"\"\r\n";

        List<SourceRow> rows = TableReader.read(csv.getBytes(StandardCharsets.UTF_8), "plan.csv");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsExactly("1",
                "绍兴市机电制造工程技术人员\n中级专业技术职务任职资格评审委员会", "工程师评审, 高级工程师推荐", "含\"自主评价\"");
        ParsedRow row = PlanTableParser.parse(TableLocator.tables(rows).getFirst()).getFirst();
        assertThat(row.cell(Column.COMMITTEE)).isEqualTo("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(row.titles()).isEqualTo(new TitleCell(List.of("工程师"), List.of("高级工程师")));
    }

    @Test
    void xlsxOfASeedTableReadsLikeTheNoticeText() throws IOException {
        byte[] xlsx = xlsx(ANNEX1);

        List<SourceTable> tables = TableLocator.tables(TableReader.read(xlsx, "plan.xlsx"));

        assertThat(tables).hasSize(1);
        assertThat(tables.getFirst().headerRow()).isEqualTo(2);
        assertThat(withoutRowNumbers(PlanTableParser.parse(tables.getFirst())))
                .isEqualTo(withoutRowNumbers(PlanTableParser.parse(ANNEX1)));
    }

    @Test
    void utf8WithByteOrderMarkAndGbkTextAreRead() {
        String text = new String(Seeds.bytes("000"), StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                text.getBytes(StandardCharsets.UTF_8));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));

        for (byte[] bytes : List.of(bom, gbk)) {
            List<SourceTable> tables = TableLocator.tables(TableReader.read(bytes, "plan.txt"));
            assertThat(tables).hasSize(4);
            assertThat(SeedTablesTest.render(PlanTableParser.parse(tables.getFirst())))
                    .isEqualTo(Seeds.expected("000", 1));
        }
    }

    @Test
    void utf16IsRefusedAsWrongEncoding() {
        byte[] utf16 = "序号\t评委会名称\n1\t绍兴市\n".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> TableReader.read(utf16, "plan.txt"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("import.encoding"));
        byte[] withoutMark = "序号\t评委会名称\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TableReader.read(withoutMark, "plan.csv"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("import.encoding"));
    }

    @Test
    void binaryJunkIsUnreadable() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);

        assertThatThrownBy(() -> TableReader.read(junk, "plan.xlsx"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("import.unreadable"));
        byte[] brokenZip = Arrays.copyOf(new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 }, 64);
        assertThatThrownBy(() -> TableReader.read(brokenZip, "plan.xlsx"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("import.unreadable"));
    }

    @Test
    void legacyXlsIsRefused() {
        byte[] ole2 = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1 }, 512);

        assertThatThrownBy(() -> TableReader.read(ole2, "plan.xls"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("import.unsupported-format"));
    }

    @Test
    void anUnknownColumnRefusesTheFileNamingIt() {
        String text = "序号\t评委会名称\t评审（推荐）职务任职资格名称\t负责人\n1\t绍兴市某评委会\t工程师\t张三\n";
        SourceTable table = TableLocator.tables(TableReader.read(text.getBytes(StandardCharsets.UTF_8), "p.txt"))
                .getFirst();

        assertThatThrownBy(() -> PlanTableParser.parse(table))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.code()).isEqualTo("import.unknown-column");
                    assertThat(problem.args()).containsExactly("负责人", 4, 1);
                });
    }

    @Test
    void aRowWithTooManyCellsIsRejectedWithItsNumber() {
        String text = "序号\t评委会名称\t评审（推荐）职务任职资格名称\n1\t绍兴市甲评委会\t工程师\n"
                + "2\t绍兴市乙评委会\t工程师\t多出的格\n3\t绍兴市丙评委会\t工程师\t\t\n";
        SourceTable table = TableLocator.tables(TableReader.read(text.getBytes(StandardCharsets.UTF_8), "p.txt"))
                .getFirst();

        List<ParsedRow> rows = PlanTableParser.parse(table);

        assertThat(rows).extracting(ParsedRow::row, ParsedRow::rejected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(4, false));
        assertThat(rows.get(1).problems()).singleElement().asString()
                .startsWith("import.too-many-cells: 4 cells, the header has 3");
    }

    /** A seed table as CSV under a title line, every cell quoted and committee names broken over two lines. */
    static String csv(SourceTable table, boolean breakCommittees) {
        StringBuilder csv = new StringBuilder("2024 年度中、高级职称评审工作计划,,,\r\n");
        csv.append(csvLine(table.header()));
        for (SourceRow row : table.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            if (breakCommittees && cells.get(1).length() > 10) {
                cells.set(1, cells.get(1).substring(0, 8) + "\n" + cells.get(1).substring(8));
            }
            csv.append(csvLine(cells));
        }
        return csv.toString();
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList())
                + "\r\n";
    }

    /** A seed table as XLSX written with the export library: a title row, then the header and rows. */
    static byte[] xlsx(SourceTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("附件1");
        sheet.value(0, 0, "2024 年度中、高级职称评审工作计划");
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(1, c, table.header().get(c));
        }
        int r = 2;
        for (SourceRow row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cells().get(c).isEmpty()) {
                    sheet.value(r, c, row.cells().get(c));
                }
            }
            r++;
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static List<String> withoutRowNumbers(List<ParsedRow> rows) {
        return Arrays.stream(SeedTablesTest.render(rows).split("\n")).skip(1)
                .map(line -> line.substring(line.indexOf('\t') + 1)).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
