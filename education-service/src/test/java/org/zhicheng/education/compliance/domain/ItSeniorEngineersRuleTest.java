package org.zhicheng.education.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.education.compliance.domain.SeedRuleSets.IT_SYSTEM;
import static org.zhicheng.education.compliance.domain.SeedRuleSets.hours;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** 003: hours registered in the provincial IT education system, verified for 2022–2024 in the 2024 round. */
class ItSeniorEngineersRuleTest {

    private final RuleSet rules = SeedRuleSets.itSeniorEngineers();

    private static CheckCase senior(String series) {
        return new CheckCase("p", "33", "DEPUTY_SENIOR", series, 2024, 5, Education.BACHELOR, Route.EVALUATION);
    }

    private static HoursTable registered(int... years) {
        HoursTable table = new HoursTable();
        for (int year : years) {
            table.addFromSystem(year, IT_SYSTEM, hours(90));
        }
        return table;
    }

    @Test
    void eachOf2022To2024MustHoldHoursFromTheItSystem() {
        ComplianceAnswer answer = rules.check(senior("ENGINEERING"), registered(2022, 2023, 2024));
        assertThat(answer.compliant()).isTrue();
        assertThat(answer.findings()).extracting(Finding::fromYear).containsExactly(2022, 2023, 2024);
        assertThat(answer.findings()).allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("it-senior-registered-hours");
            assertThat(finding.notice()).isEqualTo("003-继续教育");
            assertThat(finding.category()).isEqualTo("REGISTERED");
            assertThat(finding.recorded()).isEqualByComparingTo("90");
        });
    }

    @Test
    void aYearWithoutRegisteredHoursFailsAndIsNamed() {
        ComplianceAnswer answer = rules.check(senior("ENGINEERING"), registered(2022, 2024));
        assertThat(answer.compliant()).isFalse();
        assertThat(answer.findings()).filteredOn(finding -> !finding.met()).singleElement()
                .satisfies(finding -> assertThat(finding.fromYear()).isEqualTo(2023));
    }

    @Test
    void hoursFromAnotherSystemOrBefore2022DoNotCount() {
        HoursTable table = registered(2021, 2022, 2023).addFromSystem(2024, "市继续教育登记系统", hours(90));
        ComplianceAnswer answer = rules.check(senior("ENGINEERING"), table);
        assertThat(answer.compliant()).isFalse();
        assertThat(answer.findings()).filteredOn(finding -> !finding.met()).singleElement()
                .satisfies(finding -> assertThat(finding.fromYear()).isEqualTo(2024));
    }

    @Test
    void aReversedRegistrationLeavesTheYearEmpty() {
        HoursTable table = registered(2022, 2023, 2024).addFromSystem(2023, IT_SYSTEM, hours(-90));
        assertThat(rules.check(senior("ENGINEERING"), table).compliant()).isFalse();
    }

    @Test
    void otherSeriesAndLevelsAreNotConcerned() {
        assertThat(rules.check(senior("HEALTH"), registered()).findings()).isEmpty();
        CheckCase intermediate = new CheckCase("p", "33", "INTERMEDIATE", "ENGINEERING", 2024, 3,
                Education.BACHELOR, Route.EVALUATION);
        assertThat(rules.check(intermediate, registered()).findings()).isEmpty();
    }

    @Test
    void aMissingSystemOrNegativeMinimumIsContradictory() {
        RegisteredHoursWindow broken = new RegisteredHoursWindow("x", "003", new Applicability(Route.EVALUATION,
                Set.of(), Set.of()), " ", 0, hours(-1));
        assertThat(broken.contradictions()).contains("system is required", "minimumPerYear < 0", "years < 1");
    }
}
