package org.zhicheng.education.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.education.compliance.domain.SeedRuleSets.hours;

import org.junit.jupiter.api.Test;
import org.zhicheng.education.hours.domain.HourCategory;

/** 001 五(一): 90 / 60 / 18 / 12 a year; the application year and the one before; years before 2019 deemed. */
class LishuiYearlyMinimumTest {

    private final RuleSet lishui = SeedRuleSets.lishui();

    private static CheckCase apply(int year, int requiredYears) {
        return new CheckCase("p", "331102", "INTERMEDIATE", "ENGINEERING", year, requiredYears, Education.BACHELOR,
                Route.EVALUATION);
    }

    /** A year of exactly 60 professional + 12 general + 6 industry + 12 more professional = 90. */
    private static HoursTable exactly90(HoursTable table, int year) {
        return table.add(year, HourCategory.PROFESSIONAL, hours(72)).add(year, HourCategory.GENERAL_PUBLIC, hours(12))
                .add(year, HourCategory.INDUSTRY_PUBLIC, hours(6));
    }

    @Test
    void exactly90HoursWithTheMinimumPartsIsCompliant() {
        HoursTable table = exactly90(exactly90(new HoursTable(), 2023), 2024);
        ComplianceAnswer answer = lishui.check(apply(2024, 2), table);
        assertThat(answer.compliant()).isTrue();
        assertThat(answer.findings()).hasSize(8).allMatch(Finding::met)
                .allMatch(finding -> finding.rule().equals("lishui-yearly-hours")
                        && finding.notice().equals("001-五(一)"));
    }

    @Test
    void eightyNinePointNineHoursIsNot() {
        HoursTable table = exactly90(new HoursTable(), 2023).add(2024, HourCategory.PROFESSIONAL, hours(71.9))
                .add(2024, HourCategory.GENERAL_PUBLIC, hours(12)).add(2024, HourCategory.INDUSTRY_PUBLIC, hours(6));
        ComplianceAnswer answer = lishui.check(apply(2024, 2), table);
        assertThat(answer.compliant()).isFalse();
        assertThat(answer.findings()).filteredOn(finding -> !finding.met()).singleElement().satisfies(finding -> {
            assertThat(finding.fromYear()).isEqualTo(2024);
            assertThat(finding.category()).isEqualTo("TOTAL");
            assertThat(finding.required()).isEqualByComparingTo("90");
            assertThat(finding.recorded()).isEqualByComparingTo("89.9");
        });
    }

    @Test
    void ninetyHoursWithTooFewGeneralPublicHoursIsNot() {
        HoursTable table = exactly90(new HoursTable(), 2023).add(2024, HourCategory.PROFESSIONAL, hours(72))
                .add(2024, HourCategory.GENERAL_PUBLIC, hours(11)).add(2024, HourCategory.INDUSTRY_PUBLIC, hours(7));
        assertThat(lishui.check(apply(2024, 2), table).findings()).filteredOn(finding -> !finding.met())
                .extracting(Finding::category).containsExactly("GENERAL_PUBLIC");
    }

    @Test
    void aGapInThePreviousYearFailsEvenWithPlentyThisYear() {
        HoursTable table = exactly90(new HoursTable(), 2024).add(2024, HourCategory.PROFESSIONAL, hours(100));
        ComplianceAnswer answer = lishui.check(apply(2024, 1), table);
        assertThat(answer.compliant()).isFalse();
        assertThat(answer.findings()).filteredOn(finding -> !finding.met())
                .allMatch(finding -> finding.fromYear() == 2023).hasSize(4);
    }

    @Test
    void yearsBefore2019AreDeemedCompliantButNot2019() {
        HoursTable table = exactly90(exactly90(new HoursTable(), 2019), 2020);
        ComplianceAnswer fromEmpty2018 = lishui.check(apply(2020, 3), table);
        assertThat(fromEmpty2018.compliant()).isTrue();
        assertThat(fromEmpty2018.findings()).filteredOn(finding -> finding.fromYear() == 2018)
                .hasSize(4).allMatch(Finding::deemed).allMatch(Finding::met);

        HoursTable missing2019 = exactly90(new HoursTable(), 2020);
        ComplianceAnswer gapIn2019 = lishui.check(apply(2020, 3), missing2019);
        assertThat(gapIn2019.compliant()).isFalse();
        assertThat(gapIn2019.findings()).filteredOn(finding -> !finding.met())
                .allMatch(finding -> finding.fromYear() == 2019 && !finding.deemed());
    }

    @Test
    void theCompliantYearsMustCoverTheRequiredSeniority() {
        HoursTable table = new HoursTable();
        for (int year = 2021; year <= 2024; year++) {
            exactly90(table, year);
        }
        assertThat(lishui.check(apply(2024, 4), table).compliant()).isTrue();
        ComplianceAnswer fiveYears = lishui.check(apply(2024, 5), table);
        assertThat(fiveYears.compliant()).isFalse();
        assertThat(fiveYears.findings()).filteredOn(finding -> !finding.met())
                .allMatch(finding -> finding.fromYear() == 2020);
    }

    @Test
    void reversedHoursDoNotCount() {
        HoursTable table = exactly90(exactly90(new HoursTable(), 2023), 2024)
                .add(2024, HourCategory.PROFESSIONAL, hours(-10));
        assertThat(lishui.check(apply(2024, 2), table).compliant()).isFalse();
    }
}
