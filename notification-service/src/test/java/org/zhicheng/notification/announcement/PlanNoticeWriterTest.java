package org.zhicheng.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlanNoticeWriterTest {

    private final PlanNoticeWriter writer = new PlanNoticeWriter();

    private static PublishedPlan plan(String title) {
        return new PublishedPlan(UUID.randomUUID(), 2024, "330604", title, Instant.parse("2024-05-24T02:00:00Z"),
                List.of(new PublishedPlan.Item("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会",
                        List.of("ENGINEER_INTERMEDIATE"), List.of("ENGINEER_SENIOR"), LocalDate.of(2024, 8, 23))));
    }

    @Test
    void theTitleNamesTheYearOnce() {
        assertThat(writer.title(plan("2024 年度中、高级职称评审计划"))).isEqualTo("2024年度中、高级职称评审计划 评审计划公告");
        assertThat(writer.title(plan("上虞区职称评审"))).isEqualTo("2024年度上虞区职称评审 评审计划公告");
    }

    @Test
    void theBodyNamesThePlanWithItsYearOnce() {
        assertThat(writer.body(plan("2024 年度中、高级职称评审计划"))).startsWith("2024年度中、高级职称评审计划已发布，共 1 项");
    }

    @Test
    void theBodyListsEachItemWithItsDeadline() {
        String body = writer.body(plan("上虞区职称评审"));

        assertThat(body).contains("共 1 项")
                .contains("1. 绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会")
                .contains("评审：ENGINEER_INTERMEDIATE")
                .contains("推荐：ENGINEER_SENIOR")
                .contains("个人申报截止：2024年8月23日");
    }
}
