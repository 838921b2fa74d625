package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.zhicheng.education.hours.domain.HourCategory;

/**
 * Lishui, 001 五(一): every year at least {@code total} hours, of which {@code professional} professional and
 * {@code publicHours} public (general {@code generalPublic} at least). The compliant years must cover the years of
 * service the title requires, and the application year and the one before must both be compliant: so each of the
 * last max(required years, {@code recentYears}) years up to the application year is checked. Years before
 * {@code deemedCompliantBefore} count as compliant (the transition to the hour system).
 */
public record YearlyMinimum(String code, String notice, Applicability appliesTo, BigDecimal total,
        BigDecimal professional, BigDecimal publicHours, BigDecimal generalPublic, int deemedCompliantBefore,
        int recentYears) implements HoursRule {

    @Override
    public List<Finding> evaluate(CheckCase check, HoursTable hours) {
        int years = Math.max(Math.max(check.requiredYears(), recentYears), 1);
        List<Finding> findings = new ArrayList<>();
        for (int year = check.applicationYear() - years + 1; year <= check.applicationYear(); year++) {
            boolean deemed = year < deemedCompliantBefore;
            findings.add(finding(year, "TOTAL", total, hours.total(year), deemed));
            findings.add(finding(year, HourCategory.PROFESSIONAL.name(), professional,
                    hours.of(year, HourCategory.PROFESSIONAL), deemed));
            findings.add(finding(year, "PUBLIC", publicHours, hours.publicHours(year), deemed));
            findings.add(finding(year, HourCategory.GENERAL_PUBLIC.name(), generalPublic,
                    hours.of(year, HourCategory.GENERAL_PUBLIC), deemed));
        }
        return findings;
    }

    private Finding finding(int year, String category, BigDecimal required, BigDecimal recorded, boolean deemed) {
        return new Finding(code, notice, year, year, category, required, recorded,
                deemed || recorded.compareTo(required) >= 0, deemed);
    }

    @Override
    public List<String> contradictions() {
        List<String> problems = new ArrayList<>();
        if (total == null || professional == null || publicHours == null || generalPublic == null) {
            problems.add("total, professional, publicHours and generalPublic are required");
            return problems;
        }
        HoursRule.requireParts(problems, null, "total", total, "total");
        HoursRule.requireParts(problems, total, "total", professional, "professional");
        HoursRule.requireParts(problems, total, "total", publicHours, "publicHours");
        HoursRule.requireParts(problems, publicHours, "publicHours", generalPublic, "generalPublic");
        if (professional.add(publicHours).compareTo(total) > 0) {
            problems.add("professional + publicHours > total");
        }
        if (recentYears < 0) {
            problems.add("recentYears < 0");
        }
        return problems;
    }
}
