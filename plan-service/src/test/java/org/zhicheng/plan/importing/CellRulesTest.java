package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The titles and contact cell rules on the forms the seeds use. */
class CellRulesTest {

    @Test
    void titlesEvaluatedThenRecommendedBySuffix() {
        // 000 附件1 row 5
        assertThat(TitleCell.parse("记者、编辑评审，主任记者、副编审、主任编辑推荐"))
                .isEqualTo(new TitleCell(List.of("记者", "编辑"), List.of("主任记者", "副编审", "主任编辑")));
    }

    @Test
    void titlesEvaluatedThenRecommendedByPrefix() {
        // 002 row 1
        assertThat(TitleCell.parse("评审工程师、助理工程师，推荐高级工程师、正高级工程师"))
                .isEqualTo(new TitleCell(List.of("工程师", "助理工程师"), List.of("高级工程师", "正高级工程师")));
    }

    @Test
    void aBracketedRecommendationMarksTheNameBeforeIt() {
        // 000 附件2 row 1, wrapped by the PDF
        assertThat(TitleCell.parse("工程师、高级工程师 （推荐）"))
                .isEqualTo(new TitleCell(List.of("工程师"), List.of("高级工程师")));
    }

    @Test
    void titlesWithoutMarksAreEvaluated() {
        // 000 附件1 row 1
        assertThat(TitleCell.parse("高级教师、高级实验师、副研究员"))
                .isEqualTo(new TitleCell(List.of("高级教师", "高级实验师", "副研究员"), List.of()));
    }

    @Test
    void sharedGradesAreSpeltOutPerName() {
        // 000 附件1 row 14; 002 row 13
        assertThat(TitleCell.parse("三级律师评审, 一级、二级律师推荐"))
                .isEqualTo(new TitleCell(List.of("三级律师"), List.of("一级律师", "二级律师")));
        assertThat(TitleCell.parse("评审三级和四级编剧（导演、作曲）").evaluated())
                .containsExactly("三级编剧(导演、作曲)", "四级编剧(导演、作曲)");
    }

    @Test
    void aLevelInsteadOfATitleIsKeptForTheCatalog() {
        // 001 row 1
        assertThat(TitleCell.parse("助理农艺（畜牧、兽医）师，助理工程师，推荐中级"))
                .isEqualTo(new TitleCell(List.of("助理农艺(畜牧、兽医)师", "助理工程师"), List.of("中级")));
    }

    @Test
    void contactSplitsIntoUnitAndPhones() {
        assertThat(ContactCell.parse("绍兴市经信局 85157014/85168755"))
                .isEqualTo(new ContactCell("绍兴市经信局", List.of("85157014", "85168755")));
        assertThat(ContactCell.parse("上海市绍兴商会 021-31269545"))
                .isEqualTo(new ContactCell("上海市绍兴商会", List.of("021-31269545")));
        // 000 附件4 gives only a phone; 000 row 18 a unit with brackets
        assertThat(ContactCell.parse("82518084")).isEqualTo(new ContactCell(null, List.of("82518084")));
        assertThat(ContactCell.parse("绍兴市自然资源和规划局(林业局) 85170351"))
                .isEqualTo(new ContactCell("绍兴市自然资源和规划局(林业局)", List.of("85170351")));
        assertThat(ContactCell.parse("市文旅局")).isEqualTo(new ContactCell("市文旅局", List.of()));
        assertThat(ContactCell.parse("绍兴市经信局 85157014/85168755").phoneText()).isEqualTo("85157014/85168755");
    }

    @Test
    void wrapSpacesAreJoinedButNotBetweenDigitsAndUnitsOrScopeLevels() {
        assertThat(Cells.clean("上虞区建设工程中级专业技术职务 任职资格评审委员会"))
                .isEqualTo("上虞区建设工程中级专业技术职务任职资格评审委员会");
        assertThat(Cells.clean("11 月")).isEqualTo("11 月");
        assertThat(Cells.clean("3月、6月、 9月、12月、")).isEqualTo("3月、6月、9月、12月、");
        assertThat(Cells.clean("初级：市本级 中级：全市", false)).isEqualTo("初级：市本级 中级：全市");
    }

    @Test
    void headersMatchWithBrokenWordsAndEitherBrackets() {
        assertThat(Column.forHeader("评审（推 荐）范围")).isEqualTo(Column.SCOPE);
        assertThat(Column.forHeader("评审(推荐)范围")).isEqualTo(Column.SCOPE);
        assertThat(Column.forHeader("预计接收材料\n截止时间")).isEqualTo(Column.MATERIAL_DEADLINE);
        assertThat(Column.forHeader("评审（推荐）职务任 资格名称")).isEqualTo(Column.TITLES);
        assertThat(Column.forHeader("申报对象范围")).isEqualTo(Column.SCOPE);
        assertThat(Column.forHeader("申报对象")).isEqualTo(Column.APPLICANTS);
        assertThat(Column.forHeader("负责人")).isNull();
    }
}
