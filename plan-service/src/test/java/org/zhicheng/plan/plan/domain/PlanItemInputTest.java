package org.zhicheng.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhicheng.plan.plan.domain.schedule.AcceptanceScope;
import org.zhicheng.plan.plan.domain.schedule.TimeExpressionKind;

/** Reading a notice row's text: scopes per level, exclusions, 001's start/completion columns, refused times. */
class PlanItemInputTest {

    @Test
    void the002ScopeIsReadPerLevelAndKeptAsWritten() {
        AcceptanceScope scope = AcceptanceScope.parse("初级：市本级 中级：全市 高级：全市");

        assertThat(scope.text()).isEqualTo("初级：市本级 中级：全市 高级：全市");
        assertThat(scope.byLevel()).containsEntry("初级", "市本级").containsEntry("中级", "全市")
                .containsEntry("高级", "全市").hasSize(3);
        assertThat(scope.forLevel("初级")).isEqualTo("市本级");
    }

    @Test
    void aScopeWithoutLevelsAppliesToEveryLevel() {
        AcceptanceScope scope = AcceptanceScope.parse("全市勘察 设计企业");

        assertThat(scope.byLevel()).isEmpty();
        assertThat(scope.forLevel("中级")).isEqualTo("全市勘察 设计企业");
        assertThat(AcceptanceScope.parse("  ")).isNull();
    }

    @Test
    void exclusionsAreReadFromTheSeedRemarksAndScopes() {
        assertThat(PlanItemInput.exclusionsIn("自主评聘单位除外")).containsExactly("自主评聘单位");
        assertThat(PlanItemInput.exclusionsIn("社会化评价、民营企业自主评价除外"))
                .containsExactly("社会化评价", "民营企业自主评价");
        assertThat(PlanItemInput.exclusionsIn("社会化评价、民营企业自主评审范围除外"))
                .containsExactly("社会化评价", "民营企业自主评审范围");
        assertThat(PlanItemInput.exclusionsIn(null, "全市（自主评聘单位除外）")).containsExactly("自主评聘单位");
        // 000 附件2 row 1: "除…外" around a specialty is a condition, not an exclusion of applicants
        assertThat(PlanItemInput.exclusionsIn("除建筑施 工专业外 均需中评 委评审推 荐")).isEmpty();
        assertThat(PlanItemInput.exclusionsIn("安全工程专业中级为考试取得")).isEmpty();
    }

    @Test
    void explicitExclusionsWinOverTheRemarks() {
        PlanItemInput input = new PlanItemInput("委员会", null, List.of("ENGINEER_INTERMEDIATE"), null, null, null,
                null, "11 月", "8 月", null, null, null, "自主评聘单位除外", List.of("社会化评价"), null, null);

        assertThat(input.toItem(2024, 0).exclusions()).containsExactly("社会化评价");
    }

    /** 001 附件1 row 1: 启动时间 6 月, 完成时间 8 月, 申报对象 as written. */
    @Test
    void the001ColumnsBecomeAStartCompletionTime() {
        PlanItemInput input = new PlanItemInput("丽水市莲都区初级农业专业技术职务评审委员会", null,
                List.of("AGRONOMIST_ASSISTANT"), List.of(), null, null, "6 月", "8 月", null, null,
                "莲都区农业农村局", "2609539", null, null, "全区农业技术人员；全区农业、渔业工程技术人员", null);

        PlanItem item = input.toItem(2024, 0);

        assertThat(item.evaluationTime().kind()).isEqualTo(TimeExpressionKind.START_COMPLETION);
        assertThat(item.evaluationTime().earliest()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(item.evaluationTime().latest()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(item.applicants()).isEqualTo("全区农业技术人员；全区农业、渔业工程技术人员");
        assertThat(item.materialDeadlineTime()).isNull();
    }

    @Test
    void anImpossibleTimeIsRefusedNamingTheFieldAndTheText() {
        PlanItemInput bad = PlanFixtures.input(List.of("ENGINEER_INTERMEDIATE"), List.of(), null, "13 月", "8 月",
                null);
        PlanItemInput good = PlanFixtures.input(List.of("ENGINEER_INTERMEDIATE"), List.of(), null, "11 月", "8 月",
                null);

        assertThatThrownBy(() -> PlanItemInput.toItems(List.of(good, bad), 2024))
                .isInstanceOfSatisfying(PlanInputRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("items[1].expectedEvaluationTime");
                    assertThat(rejected.code()).isEqualTo("plan.invalid-time");
                    assertThat(rejected.arguments()).first().isEqualTo("13 月");
                });
    }

    @Test
    void anImpossibleDayInTheMaterialDeadlineIsNamedToo() {
        PlanItemInput bad = PlanFixtures.input(List.of("ENGINEER_INTERMEDIATE"), List.of(), null, "11 月",
                "2 月 30 日", null);

        assertThatThrownBy(() -> bad.toItem(2024, 0))
                .isInstanceOfSatisfying(PlanInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("items[0].materialDeadline"));
    }
}
