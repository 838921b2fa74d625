package org.zhicheng.application.eligibility;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.application.eligibility.*}: the numbers of the rules, with the notices' values as defaults (see
 * {@code application.yml} for where each comes from).
 *
 * @param quantitativeMinimumScore     the self-score the quantitative route needs (003 二: 120 分以上)
 * @param quantitativeTitles           the titles the quantitative route is open for (003 二: 高级工程师)
 * @param initialCertificationExtraYears years added for a mismatched major in a private industrial enterprise
 *                                     (000 二(三): 专业技术工作年限增加 1 年)
 * @param initialCertificationYears    degree → level → professional working years for 初定 (浙人社发〔2020〕47号, which
 *                                     002 二(三) applies)
 * @param seniorityYears               target level → years in the title one level below (normal route)
 * @param highSkilled                  vocational level (高级工, 技师, 高级技师) → the engineering level it may apply for
 *                                     and the years of skilled work it needs (浙人社发〔2022〕77号, 003 二)
 * @param departmentLevels             levels whose applications the competent department recommends (003 三(三))
 * @param departmentRoutes             routes the competent department recommends whatever the level
 */
@ConfigurationProperties("zhicheng.application.eligibility")
public record EligibilityProperties(
        @DefaultValue("120") int quantitativeMinimumScore,
        @DefaultValue("ENGINEER_SENIOR") List<String> quantitativeTitles,
        @DefaultValue("1") int initialCertificationExtraYears,
        Map<String, Map<String, Integer>> initialCertificationYears,
        Map<String, Integer> seniorityYears,
        Map<String, HighSkilled> highSkilled,
        @DefaultValue({ "DEPUTY_SENIOR", "FULL_SENIOR" }) List<String> departmentLevels,
        @DefaultValue({ "EXCEPTIONAL", "CASE_BY_CASE" }) List<String> departmentRoutes) {

    public EligibilityProperties {
        initialCertificationYears = initialCertificationYears == null || initialCertificationYears.isEmpty()
                ? Map.of("TECHNICAL_SECONDARY", Map.of("CLERK_JUNIOR", 1),
                        "JUNIOR_COLLEGE", Map.of("CLERK_JUNIOR", 0, "ASSISTANT_JUNIOR", 3),
                        "BACHELOR", Map.of("ASSISTANT_JUNIOR", 1),
                        "MASTER", Map.of("ASSISTANT_JUNIOR", 0, "INTERMEDIATE", 3),
                        "DOCTORATE", Map.of("INTERMEDIATE", 0))
                : Map.copyOf(initialCertificationYears);
        seniorityYears = seniorityYears == null || seniorityYears.isEmpty()
                ? Map.of("ASSISTANT_JUNIOR", 2, "INTERMEDIATE", 4, "DEPUTY_SENIOR", 5, "FULL_SENIOR", 5)
                : Map.copyOf(seniorityYears);
        highSkilled = highSkilled == null || highSkilled.isEmpty()
                ? Map.of("高级工", new HighSkilled("ASSISTANT_JUNIOR", 2), "技师", new HighSkilled("INTERMEDIATE", 3),
                        "高级技师", new HighSkilled("DEPUTY_SENIOR", 4))
                : Map.copyOf(highSkilled);
    }

    /** What a vocational level opens: the engineering level and the years of skilled work after it. */
    public record HighSkilled(String level, int years) {
    }
}
