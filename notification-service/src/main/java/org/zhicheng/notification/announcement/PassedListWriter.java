package org.zhicheng.notification.announcement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Writes the text of a published passed list (评审通过人员名单): the title as published, then who passed, numbered, with
 * unit, title conferred and specialty, and the approving document.
 */
@Component
class PassedListWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    String title(PublishedResult result) {
        String title = result.title() == null || result.title().isBlank()
                ? result.year() + "年度" + result.committeeName() + "评审通过人员名单" : result.title().strip();
        return title.endsWith("名单") ? title : title + " 评审通过人员名单";
    }

    String body(PublishedResult result) {
        StringBuilder body = new StringBuilder();
        body.append("经").append(result.committeeName()).append("评审、公示无异议，以下 ")
                .append(result.passed().size()).append(" 人评审通过：\n");
        int number = 1;
        for (PublishedResult.Passed passed : result.passed()) {
            body.append(number++).append(". ").append(passed.name()).append("，").append(passed.unit())
                    .append("，").append(passed.title());
            if (passed.specialty() != null && !passed.specialty().isBlank()) {
                body.append("（").append(passed.specialty().strip()).append("）");
            }
            body.append('\n');
        }
        if (result.approvalReference() != null && !result.approvalReference().isBlank()) {
            body.append("核准文件：").append(result.approvalReference().strip()).append('\n');
        }
        if (result.publishedAt() != null) {
            body.append("发布日期：").append(DATE.format(LocalDate.ofInstant(result.publishedAt(), SHANGHAI)));
        }
        return body.toString().stripTrailing();
    }
}
