package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every seed table read row by row without the catalog: the logical cells, the split contact, the title names and
 * the inherited cells, compared with {@code importing/expected/<seed>-<table>.tsv} (reviewed against the notices);
 * then each rule on the rows that show it.
 */
class SeedTablesTest {

    @Test
    void theSeedsHoldSevenTablesAnd003None() {
        assertThat(Seeds.tables("000")).hasSize(4);
        assertThat(Seeds.tables("001")).hasSize(2);
        assertThat(Seeds.tables("002")).hasSize(1);
        assertThat(TableLocator.tables(TableReader.read(
                Seeds.resource("/importing/seeds/003-no-table.txt"), "003.txt"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} table {1} reads as expected row by row")
    @CsvSource({ "000,1,33", "000,2,2", "000,3,5", "000,4,2", "001,1,11", "001,2,1", "002,1,25" })
    void seedTableReadsRowByRow(String seed, int table, int rows) {
        List<ParsedRow> parsed = Seeds.rows(seed, table);

        assertThat(parsed).hasSize(rows);
        assertThat(render(parsed)).isEqualTo(Seeds.expected(seed, table));
    }

    @Test
    void repeatedHeadersAfterPageBreaksContinueTheTable() {
        List<ParsedRow> annex1 = Seeds.rows("000", 1);

        assertThat(annex1.getFirst().cell(Column.SEQUENCE)).isEqualTo("1");
        assertThat(annex1.getLast().cell(Column.SEQUENCE)).isEqualTo("33");
    }

    @Test
    void emptyContactUnderAFilledOneIsTheContactAbove() {
        List<ParsedRow> annex1 = Seeds.rows("000", 1);

        // 000 附件1 rows 8–10 (source lines 79–81) share row 7's 绍兴市经信局 85157014/85168755
        ParsedRow row7 = Seeds.row(annex1, 78);
        assertThat(row7.inherited()).isEmpty();
        for (int line : new int[] { 79, 80, 81 }) {
            ParsedRow row = Seeds.row(annex1, line);
            assertThat(row.inherited()).containsExactly(Column.CONTACT);
            assertThat(row.contact().unit()).isEqualTo("绍兴市经信局");
            assertThat(row.contact().phones()).containsExactly("85157014", "85168755");
        }
    }

    @Test
    void committeeTitlesSpecialtiesAndRemarksAreNeverInherited() {
        // 000 附件1 row 8 leaves its remarks empty under row 7's "社会化评价、民营企业自主评价除外"
        ParsedRow row8 = Seeds.row(Seeds.rows("000", 1), 79);

        assertThat(row8.cell(Column.REMARKS)).isNull();
        assertThat(row8.inherited()).doesNotContain(Column.REMARKS, Column.COMMITTEE, Column.TITLES);
    }

    @Test
    void scopeAndContactInheritTogetherUnderMergedCells() {
        // 002 rows 11–13 (lines 97–99) under 群文 row 10: scope per level and 市文旅局 8089958
        List<ParsedRow> rows = Seeds.rows("002", 1);
        for (int line : new int[] { 97, 98, 99 }) {
            ParsedRow row = Seeds.row(rows, line);
            assertThat(row.inherited()).containsExactlyInAnyOrder(Column.SCOPE, Column.CONTACT);
            assertThat(row.cell(Column.SCOPE)).isEqualTo("初级：市本级 中级：全市 高级：全市");
            assertThat(row.contact().unit()).isEqualTo("市文旅局");
        }
    }

    @Test
    void timesInheritOnlyAsAGroup() {
        List<ParsedRow> rows = Seeds.rows("002", 1);

        // row 21 gives an evaluation time spanning both columns: its empty material deadline is not row 20's 11月
        ParsedRow row21 = Seeds.row(rows, 108);
        assertThat(row21.cell(Column.EVALUATION_TIME)).isEqualTo("按省高评委评审计划另定");
        assertThat(row21.cell(Column.MATERIAL_DEADLINE)).isNull();
        assertThat(row21.inherited()).isEmpty();
        // rows 22–25 have no times: they share row 21's
        ParsedRow row22 = Seeds.row(rows, 109);
        assertThat(row22.cell(Column.EVALUATION_TIME)).isEqualTo("按省高评委评审计划另定");
        assertThat(row22.cell(Column.MATERIAL_DEADLINE)).isNull();
        assertThat(row22.inherited()).containsExactly(Column.EVALUATION_TIME);
    }

    @Test
    void brokenHeaderWordsAndWrappedCellsAreJoined() {
        // 000 附件2: "评审（推荐）职务任 资格名称", "评审（推 荐）范围", cells wrapped across lines
        SourceTable annex2 = Seeds.tables("000").get(1);
        assertThat(PlanTableParser.columns(annex2)).containsExactly(Column.SEQUENCE, Column.COMMITTEE,
                Column.TITLES, Column.SPECIALTIES, Column.SCOPE, Column.EVALUATION_TIME, Column.MATERIAL_DEADLINE,
                Column.CONTACT, Column.REMARKS);
        ParsedRow row1 = Seeds.row(PlanTableParser.parse(annex2), 117);
        assertThat(row1.cell(Column.COMMITTEE)).isEqualTo("上虞区建设工程中级专业技术职务任职资格评审委员会");
        assertThat(row1.titles()).isEqualTo(new TitleCell(List.of("工程师"), List.of("高级工程师")));
    }

    @Test
    void columnSetsOf001And002AreRecognised() {
        assertThat(PlanTableParser.columns(Seeds.tables("001").getFirst())).containsExactly(Column.SEQUENCE,
                Column.COMMITTEE, Column.TITLES, Column.START_TIME, Column.COMPLETION_TIME, Column.CONTACT,
                Column.APPLICANTS);
        assertThat(PlanTableParser.columns(Seeds.tables("001").get(1))).containsExactly(Column.SEQUENCE,
                Column.COMMITTEE, Column.COMPLETION_TIME, Column.CONTACT, Column.APPLICANTS);
        assertThat(PlanTableParser.columns(Seeds.tables("002").getFirst())).containsExactly(Column.SEQUENCE,
                Column.COMMITTEE, Column.TITLES, Column.SPECIALTIES, Column.SCOPE, Column.EVALUATION_TIME,
                Column.MATERIAL_DEADLINE, Column.CONTACT);
    }

    @Test
    void initialCertificationRowWithoutTitlesIsRejected() {
        ParsedRow row = Seeds.rows("001", 2).getFirst();

        assertThat(row.rejected()).isTrue();
        assertThat(row.problems()).singleElement().asString().startsWith("import.missing-cell");
        assertThat(row.cell(Column.COMPLETION_TIME)).isEqualTo("3月、6月、9月、12月、");
    }

    /** The same layout as the expected files. */
    static String render(List<ParsedRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("# row\tcommittee\tevaluated\trecommended\tspecialties\tscope\tevaluation\tdeadline\tstart"
                + "\tcompletion\tunit\tphones\tapplicants\tremarks\tinherited\tproblems");
        for (ParsedRow r : rows) {
            lines.add(String.join("\t", String.valueOf(r.row()), v(r.cell(Column.COMMITTEE)),
                    String.join("、", r.titles().evaluated()), String.join("、", r.titles().recommended()),
                    v(r.cell(Column.SPECIALTIES)), v(r.cell(Column.SCOPE)), v(r.cell(Column.EVALUATION_TIME)),
                    v(r.cell(Column.MATERIAL_DEADLINE)), v(r.cell(Column.START_TIME)),
                    v(r.cell(Column.COMPLETION_TIME)), v(r.contact().unit()), String.join("/", r.contact().phones()),
                    v(r.cell(Column.APPLICANTS)), v(r.cell(Column.REMARKS)),
                    r.inherited().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                    String.join(";", r.problems())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String v(String value) {
        return value == null ? "" : value;
    }
}
