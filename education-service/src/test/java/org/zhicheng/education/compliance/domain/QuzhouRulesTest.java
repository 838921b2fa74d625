package org.zhicheng.education.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.education.compliance.domain.SeedRuleSets.hours;

import org.junit.jupiter.api.Test;
import org.zhicheng.education.hours.domain.HourCategory;

/** 002 二(二) public hours over the three years before the application; 002 二(三) initial certification. */
class QuzhouRulesTest {

    private final RuleSet quzhou = SeedRuleSets.quzhou();

    private static CheckCase evaluation(String level, Education education) {
        return new CheckCase("p", "3308", level, "ENGINEERING", 2022, 3, education, Route.EVALUATION);
    }

    private static CheckCase initial(String level, Education education, int years) {
        return new CheckCase("p", "3308", level, "ENGINEERING", 2022, years, education,
                Route.INITIAL_CERTIFICATION);
    }

    @Test
    void intermediateNeeds54PublicHoursOver2019To2021() {
        HoursTable table = new HoursTable().add(2019, HourCategory.GENERAL_PUBLIC, hours(20))
                .add(2020, HourCategory.INDUSTRY_PUBLIC, hours(20)).add(2021, HourCategory.GENERAL_PUBLIC, hours(14));
        ComplianceAnswer answer = quzhou.check(evaluation("INTERMEDIATE", Education.BACHELOR), table);
        assertThat(answer.compliant()).isTrue();
        assertThat(answer.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("quzhou-public-hours");
            assertThat(finding.notice()).isEqualTo("002-二(二)");
            assertThat(finding.fromYear()).isEqualTo(2019);
            assertThat(finding.toYear()).isEqualTo(2021);
            assertThat(finding.recorded()).isEqualByComparingTo("54");
        });
    }

    @Test
    void hoursOutsideTheThreeYearWindowDoNotCount() {
        HoursTable table = new HoursTable().add(2018, HourCategory.GENERAL_PUBLIC, hours(30))
                .add(2022, HourCategory.GENERAL_PUBLIC, hours(30)).add(2020, HourCategory.GENERAL_PUBLIC, hours(53.9))
                .add(2020, HourCategory.PROFESSIONAL, hours(100));
        ComplianceAnswer answer = quzhou.check(evaluation("INTERMEDIATE", Education.MASTER), table);
        assertThat(answer.compliant()).isFalse();
        assertThat(answer.findings().getFirst().recorded()).isEqualByComparingTo("53.9");
    }

    @Test
    void aBachelorOrHigherJuniorApplicantNeeds18AndACollegeGraduate54() {
        HoursTable table = new HoursTable().add(2021, HourCategory.INDUSTRY_PUBLIC, hours(18));
        ComplianceAnswer bachelor = quzhou.check(evaluation("ASSISTANT_JUNIOR", Education.BACHELOR), table);
        assertThat(bachelor.compliant()).isTrue();
        assertThat(bachelor.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.rule()).isEqualTo("quzhou-public-hours-junior-bachelor"));

        ComplianceAnswer college = quzhou.check(evaluation("CLERK_JUNIOR", Education.COLLEGE), table);
        assertThat(college.compliant()).isFalse();
        assertThat(college.findings().getFirst().required()).isEqualByComparingTo("54");
    }

    @Test
    void seniorTitlesHaveNoCityRuleAndAreNeverSilentlyCompliant() {
        ComplianceAnswer senior = quzhou.check(evaluation("DEPUTY_SENIOR", Education.MASTER), new HoursTable());
        assertThat(senior.rulesApplied()).isFalse();
        assertThat(senior.compliant()).isFalse();
    }

    @Test
    void bachelorToAssistantNeeds90Of18PublicAnd60Professional() {
        HoursTable exact = new HoursTable().add(2021, HourCategory.GENERAL_PUBLIC, hours(18))
                .add(2021, HourCategory.PROFESSIONAL, hours(72));
        ComplianceAnswer answer = quzhou.check(initial("ASSISTANT_JUNIOR", Education.BACHELOR, 1), exact);
        assertThat(answer.compliant()).isTrue();
        assertThat(answer.findings()).extracting(Finding::rule).containsOnly("quzhou-initial-assistant");
        assertThat(answer.findings()).extracting(Finding::notice).containsOnly("002-二(三)");

        HoursTable shortOfPublic = new HoursTable().add(2021, HourCategory.GENERAL_PUBLIC, hours(17))
                .add(2021, HourCategory.PROFESSIONAL, hours(73));
        assertThat(quzhou.check(initial("ASSISTANT_JUNIOR", Education.BACHELOR, 1), shortOfPublic).findings())
                .filteredOn(finding -> !finding.met()).extracting(Finding::category).containsExactly("PUBLIC");
    }

    @Test
    void masterToIntermediateNeeds270Of54PublicAnd180ProfessionalOverThreeYears() {
        HoursTable table = new HoursTable();
        for (int year = 2019; year <= 2021; year++) {
            table.add(year, HourCategory.INDUSTRY_PUBLIC, hours(18)).add(year, HourCategory.PROFESSIONAL, hours(72));
        }
        assertThat(quzhou.check(initial("INTERMEDIATE", Education.MASTER, 3), table).compliant()).isTrue();
        table.add(2019, HourCategory.PROFESSIONAL, hours(-0.1));
        ComplianceAnswer shortBy = quzhou.check(initial("INTERMEDIATE", Education.MASTER, 3), table);
        assertThat(shortBy.findings()).filteredOn(finding -> !finding.met()).extracting(Finding::category)
                .containsExactly("TOTAL");
        ComplianceAnswer bachelor = quzhou.check(initial("INTERMEDIATE", Education.BACHELOR, 3), table);
        assertThat(bachelor.rulesApplied()).isFalse();
    }
}
