package org.zhicheng.plan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as JSON maps, so tests can also leave fields out. */
final class PlanBodies {

    private PlanBodies() {
    }

    /** 000 附件1 row 7 as a one-item plan of {@code region}. */
    static Map<String, Object> plan(String region, String applicationDeadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2024);
        body.put("region", region);
        body.put("category", "REGULAR");
        body.put("title", "2024 年度中、高级职称评审计划");
        body.put("items", new ArrayList<>(List.of(item(applicationDeadline, "ENGINEER_INTERMEDIATE"))));
        return body;
    }

    static Map<String, Object> item(String applicationDeadline, String evaluatedTitle) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("committeeName", "绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        item.put("evaluatedTitles", List.of(evaluatedTitle));
        item.put("recommendedTitles", List.of("ENGINEER_SENIOR"));
        item.put("specialties", List.of("MECHATRONICS"));
        item.put("acceptanceScope", "全市");
        item.put("expectedEvaluationTime", "11 月");
        item.put("materialDeadline", "8 月");
        item.put("applicationDeadline", applicationDeadline);
        item.put("receivingUnit", "绍兴市经信局");
        item.put("phone", "85157014/85168755");
        item.put("remarks", "社会化评价、民营企业自主评价除外");
        return item;
    }

    /** 002 row 1 (衢州 经信) as the notice prints it, in a plan of {@code year}: scope per level, month ranges. */
    static Map<String, Object> quzhouItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("committeeName", "衢州市工程技术和工业企业信息化领域人员中级职务评审委员会");
        item.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT"));
        item.put("recommendedTitles", List.of("ENGINEER_SENIOR", "ENGINEER_FULL_SENIOR"));
        item.put("specialties", List.of("MECHATRONICS", "INFORMATION_TECHNOLOGY"));
        item.put("acceptanceScope", "初级：市本级 中级：全市 高级：全市");
        item.put("expectedEvaluationTime", "9-10 月");
        item.put("materialDeadline", "8-9 月");
        item.put("receivingUnit", "市经信局");
        item.put("phone", "8758639");
        return item;
    }

    /** A plan of {@code year} and {@code region} with the given items. */
    static Map<String, Object> plan(int year, String region, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("region", region);
        body.put("category", "REGULAR");
        body.put("title", year + " 年度职称评审计划");
        body.put("items", new ArrayList<>(items));
        return body;
    }

    static Map<String, Object> update(String title, String applicationDeadline) {
        return Map.of("title", title, "items", List.of(item(applicationDeadline, "ENGINEER_INTERMEDIATE")));
    }

    static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
