package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The seed rule sets as the migration stores them, built in code for the domain tests. */
final class SeedRuleSets {

    static final Set<Education> BACHELOR_OR_HIGHER = Set.of(Education.BACHELOR, Education.MASTER, Education.DOCTOR);

    private SeedRuleSets() {
    }

    static RuleSet lishui() {
        return new RuleSet("3311", 2019, List.of(new YearlyMinimum("lishui-yearly-hours", "001-五(一)",
                new Applicability(Route.EVALUATION, Set.of(), Set.of()), hours(90), hours(60), hours(18), hours(12),
                2019, 2)));
    }

    static RuleSet quzhou() {
        return new RuleSet("3308", 2022, List.of(
                new PublicHoursWindow("quzhou-public-hours", "002-二(二)",
                        new Applicability(Route.EVALUATION, Set.of("INTERMEDIATE"), Set.of()), 3, hours(54)),
                new PublicHoursWindow("quzhou-public-hours-junior", "002-二(二)",
                        new Applicability(Route.EVALUATION, Set.of("CLERK_JUNIOR", "ASSISTANT_JUNIOR"),
                                Set.of(Education.SECONDARY, Education.COLLEGE)), 3, hours(54)),
                new PublicHoursWindow("quzhou-public-hours-junior-bachelor", "002-二(二)",
                        new Applicability(Route.EVALUATION, Set.of("CLERK_JUNIOR", "ASSISTANT_JUNIOR"),
                                BACHELOR_OR_HIGHER), 3, hours(18)),
                new HoursOverWorkingYears("quzhou-initial-assistant", "002-二(三)",
                        new Applicability(Route.INITIAL_CERTIFICATION, Set.of("ASSISTANT_JUNIOR"),
                                BACHELOR_OR_HIGHER), hours(90), hours(18), hours(60)),
                new HoursOverWorkingYears("quzhou-initial-intermediate", "002-二(三)",
                        new Applicability(Route.INITIAL_CERTIFICATION, Set.of("INTERMEDIATE"),
                                Set.of(Education.MASTER, Education.DOCTOR)), hours(270), hours(54), hours(180))));
    }

    /** The system 003 names for industry and IT engineers' hours. */
    static final String IT_SYSTEM = "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统";

    /** 003: senior engineers' hours registered in the provincial IT system, verified for the last three years. */
    static RuleSet itSeniorEngineers() {
        return new RuleSet("33", 2024, List.of(new RegisteredHoursWindow("it-senior-registered-hours", "003-继续教育",
                new Applicability(Route.EVALUATION, Set.of("DEPUTY_SENIOR", "FULL_SENIOR"), Set.of(),
                        Set.of("ENGINEERING")), IT_SYSTEM, 3, BigDecimal.ZERO)));
    }

    static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value);
    }
}
