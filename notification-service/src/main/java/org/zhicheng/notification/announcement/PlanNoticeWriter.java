package org.zhicheng.notification.announcement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Writes the text of a plan notice (评审公告): a title naming the year and plan, a body listing items (titles by name,
 * times as the plan writes them, deadlines) and the plan's staged deadlines. An older event without names or dates
 * still gives a complete notice, with title codes and without the schedule.
 */
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
                body.append("；评审：").append(String.join("、", item.evaluatedForDisplay()));
            }
            if (!item.recommendedTitles().isEmpty()) {
                body.append("；推荐：").append(String.join("、", item.recommendedForDisplay()));
            }
            if (present(item.materialDeadline())) {
                body.append("；材料接收截止：").append(item.materialDeadline().strip());
            }
            if (present(item.expectedEvaluationTime())) {
                body.append("；预计评审时间：").append(item.expectedEvaluationTime().strip());
            }
            if (item.applicationDeadline() != null) {
                body.append("；个人申报截止：").append(DATE.format(item.applicationDeadline()));
            }
            body.append('\n');
        }
        String schedule = schedule(plan.dates());
        if (!schedule.isEmpty()) {
            body.append("时间安排：").append(schedule).append("。\n");
        }
        body.append("计划发布后，个人申报截止时间无特殊情况不予调整。");
        return body.toString();
    }

    /** The staged deadlines (003 二(二)) in their order, then the cut-off dates (003 一); empty when none is set. */
    private static String schedule(PublishedPlan.Dates dates) {
        if (dates == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "个人申报截止", dates.individualApplication());
        add(parts, "单位推荐截止", dates.unitRecommendation());
        add(parts, "地市推荐截止", dates.cityRecommendation());
        add(parts, "资历计算截止", dates.seniorityCutOff());
        add(parts, "业绩等相关材料截止", dates.achievementsCutOff());
        return String.join("；", parts);
    }

    private static void add(List<String> parts, String label, LocalDate date) {
        if (date != null) {
            parts.add(label + " " + DATE.format(date));
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The plan's title without a leading year: titles often carry it ("2024 年度中、高级职称评审计划"); say it once. */
    private static String name(PublishedPlan plan) {
        return Pattern.compile("^\\s*" + plan.year() + "\\s*年度\\s*").matcher(plan.title().strip()).replaceFirst("");
    }
}
