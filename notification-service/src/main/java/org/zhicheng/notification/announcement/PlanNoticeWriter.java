package org.zhicheng.notification.announcement;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** Writes the text of a plan notice (评审公告): a title naming the year and plan, a body listing items and deadlines. */
@Component
class PlanNoticeWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    String title(PublishedPlan plan) {
        return plan.year() + "年度" + name(plan) + " 评审计划公告";
    }

    String body(PublishedPlan plan) {
        StringBuilder body = new StringBuilder();
        body.append(plan.year()).append("年度").append(name(plan)).append("已发布，共 ")
                .append(plan.items().size()).append(" 项：\n");
        int number = 1;
        for (PublishedPlan.Item item : plan.items()) {
            body.append(number++).append(". ").append(item.committeeName());
            if (!item.evaluatedTitles().isEmpty()) {
                body.append("；评审：").append(String.join("、", item.evaluatedTitles()));
            }
            if (!item.recommendedTitles().isEmpty()) {
                body.append("；推荐：").append(String.join("、", item.recommendedTitles()));
            }
            if (item.applicationDeadline() != null) {
                body.append("；个人申报截止：").append(DATE.format(item.applicationDeadline()));
            }
            body.append('\n');
        }
        body.append("计划发布后，个人申报截止时间无特殊情况不予调整。");
        return body.toString();
    }

    /** The plan's title without a leading year: titles often carry it ("2024 年度中、高级职称评审计划"); say it once. */
    private static String name(PublishedPlan plan) {
        return Pattern.compile("^\\s*" + plan.year() + "\\s*年度\\s*").matcher(plan.title().strip()).replaceFirst("");
    }
}
