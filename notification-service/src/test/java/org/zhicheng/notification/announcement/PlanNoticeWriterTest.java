package org.zhicheng.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlanNoticeWriterTest {

    private static final String COMMITTEE = "绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会";

    private final PlanNoticeWriter writer = new PlanNoticeWriter();

    /** A plan as an event from before the readable fields carries it: title codes only, no times, no dates. */
    private static PublishedPlan olderPlan(String title) {
        return new PublishedPlan(UUID.randomUUID(), 2024, "330604", title, Instant.parse("2024-05-24T02:00:00Z"),
                null, List.of(new PublishedPlan.Item(COMMITTEE, List.of("ENGINEER_INTERMEDIATE"), null,
                        List.of("ENGINEER_SENIOR"), null, LocalDate.of(2024, 8, 23), null, null)));
    }

    /** The same plan as the plan service publishes it now: names, times as written and the staged deadlines. */
    private static PublishedPlan readablePlan(PublishedPlan.Dates dates) {
        return new PublishedPlan(UUID.randomUUID(), 2024, "330604", "上虞区职称评审",
                Instant.parse("2024-05-24T02:00:00Z"), dates,
                List.of(new PublishedPlan.Item(COMMITTEE, List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT"),
                        List.of("工程师", "助理工程师"), List.of("ENGINEER_SENIOR"), List.of("高级工程师"),
                        LocalDate.of(2024, 8, 23), "11 月", "8 月")));
    }

    @Test
    void theTitleNamesTheYearOnce() {
        assertThat(writer.title(olderPlan("2024 年度中、高级职称评审计划"))).isEqualTo("2024年度中、高级职称评审计划 评审计划公告");
        assertThat(writer.title(olderPlan("上虞区职称评审"))).isEqualTo("2024年度上虞区职称评审 评审计划公告");
    }

    @Test
    void theBodyNamesThePlanWithItsYearOnce() {
        assertThat(writer.body(olderPlan("2024 年度中、高级职称评审计划"))).startsWith("2024年度中、高级职称评审计划已发布，共 1 项");
    }

    @Test
    void anOlderEventIsListedByTitleCodesWithItsDeadline() {
        String body = writer.body(olderPlan("上虞区职称评审"));

        assertThat(body).contains("共 1 项")
                .contains("1. " + COMMITTEE)
                .contains("评审：ENGINEER_INTERMEDIATE")
                .contains("推荐：ENGINEER_SENIOR")
                .contains("个人申报截止：2024年8月23日")
                .doesNotContain("预计评审时间")
                .doesNotContain("时间安排")
                .endsWith("计划发布后，个人申报截止时间无特殊情况不予调整。");
    }

    @Test
    void titlesArePrintedByNameInTheirOrderWithTheTimesAsWritten() {
        String body = writer.body(readablePlan(null));

        assertThat(body).contains("1. " + COMMITTEE + "；评审：工程师、助理工程师；推荐：高级工程师；材料接收截止：8 月"
                + "；预计评审时间：11 月；个人申报截止：2024年8月23日\n")
                .doesNotContain("ENGINEER_")
                .doesNotContain("时间安排");
    }

    @Test
    void namesThatDoNotMatchTheCodesOneForOneFallBackToTheCodes() {
        PublishedPlan plan = new PublishedPlan(UUID.randomUUID(), 2024, "330604", "上虞区职称评审",
                Instant.parse("2024-05-24T02:00:00Z"), null,
                List.of(new PublishedPlan.Item(COMMITTEE, List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT"),
                        List.of("工程师"), List.of("ENGINEER_SENIOR"), List.of("高级工程师"), null, null, null)));

        assertThat(writer.body(plan)).contains("评审：ENGINEER_INTERMEDIATE、ENGINEER_ASSISTANT")
                .contains("推荐：高级工程师");
    }

    @Test
    void thePlansStagedDeadlinesArePrintedInTheirOrder() {
        String body = writer.body(readablePlan(new PublishedPlan.Dates(LocalDate.of(2024, 8, 20),
                LocalDate.of(2024, 8, 27), LocalDate.of(2024, 9, 3), null, LocalDate.of(2024, 8, 20))));

        assertThat(body).contains("时间安排：个人申报截止 2024年8月20日；单位推荐截止 2024年8月27日；"
                + "地市推荐截止 2024年9月3日；业绩等相关材料截止 2024年8月20日。\n")
                .doesNotContain("资历计算截止");
    }

    @Test
    void aPlanWithoutStagedDatesPrintsNoSchedule() {
        String body = writer.body(readablePlan(new PublishedPlan.Dates(null, null, null, null, null)));

        assertThat(body).doesNotContain("时间安排");
    }
}
