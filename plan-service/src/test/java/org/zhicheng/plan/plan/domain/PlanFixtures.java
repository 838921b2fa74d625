package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Fresh plans and items for domain tests; the catalog knows a handful of codes. */
final class PlanFixtures {

    static final Instant NOW = Instant.parse("2024-05-24T02:00:00Z");
    static final String OFFICE = "office-shangyu";
    static final String HR = "hr-shangyu";

    static final CatalogCodes CATALOG = new CatalogCodes() {
        private final Map<String, String> titles = Map.of("ENGINEER_INTERMEDIATE", "工程师", "ENGINEER_SENIOR",
                "高级工程师", "TEACHER_SENIOR", "高级教师");
        private final Map<String, String> specialties = Map.of("MECHATRONICS", "机电制造", "INFORMATION_TECHNOLOGY",
                "信息技术");

        @Override
        public Set<String> unknownTitles(Collection<String> codes) {
            return codes.stream().filter(code -> !titles.containsKey(code)).collect(Collectors.toSet());
        }

        @Override
        public Set<String> unknownSpecialties(Collection<String> codes) {
            return codes.stream().filter(code -> !specialties.containsKey(code)).collect(Collectors.toSet());
        }

        @Override
        public Map<String, String> titleNames(Collection<String> codes) {
            return codes.stream().filter(titles::containsKey).collect(Collectors.toMap(code -> code, titles::get));
        }

        @Override
        public Map<String, String> specialtyNames(Collection<String> codes) {
            return codes.stream().filter(specialties::containsKey)
                    .collect(Collectors.toMap(code -> code, specialties::get));
        }
    };

    static final PlanRules RULES = new PlanRules(CATALOG);

    private PlanFixtures() {
    }

    /** 000 附件1 row 7: the Shaoxing mechatronics committee evaluates engineers. */
    static PlanItem mechatronicsItem(LocalDate applicationDeadline) {
        return item("11 月", "8 月", applicationDeadline);
    }

    /** Row 7 with other times, read as the plan of 2024 reads them. */
    static PlanItem item(String expectedEvaluation, String materialDeadline, LocalDate applicationDeadline) {
        return input(List.of("ENGINEER_INTERMEDIATE"), List.of("MECHATRONICS"), null, expectedEvaluation,
                materialDeadline, applicationDeadline).toItem(2024, 0);
    }

    /** A notice row as text. */
    static PlanItemInput input(List<String> evaluatedTitles, List<String> specialties, String evaluationStart,
            String expectedEvaluation, String materialDeadline, LocalDate applicationDeadline) {
        return new PlanItemInput("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会", null, evaluatedTitles,
                List.of("ENGINEER_SENIOR"), specialties, "全市", evaluationStart, expectedEvaluation, materialDeadline,
                applicationDeadline, "绍兴市经信局", "85157014/85168755", "社会化评价、民营企业自主评价除外", null, null,
                null);
    }

    /** An item with only the given titles and specialties, no times. */
    static PlanItem bareItem(List<String> evaluatedTitles, List<String> specialties) {
        return new PlanItemInput("委员会", null, evaluatedTitles, List.of(), specialties, null, null, null, null,
                LocalDate.of(2024, 8, 23), null, null, null, null, null, null).toItem(2024, 0);
    }

    static EvaluationPlan draft() {
        return EvaluationPlan.draft(UUID.randomUUID(), 2024, "330604", PlanCategory.REGULAR,
                "2024 年度中、高级职称评审计划", PlanDates.NONE, null,
                List.of(mechatronicsItem(LocalDate.of(2024, 8, 23))), RULES, OFFICE, NOW);
    }

    static EvaluationPlan submitted() {
        EvaluationPlan plan = draft();
        plan.submit(OFFICE, null, NOW);
        return plan;
    }

    static EvaluationPlan approved() {
        EvaluationPlan plan = submitted();
        plan.approve(HR, null, NOW);
        return plan;
    }

    static EvaluationPlan published() {
        EvaluationPlan plan = approved();
        plan.publish(HR, null, NOW, CATALOG.titleNames(plan.titleCodes()), Map.of());
        return plan;
    }
}
