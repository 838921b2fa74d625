package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.zhicheng.education.hours.domain.HourCategory;

/**
 * Quzhou initial certification, 002 二(三): hours "counted over the years of professional work the education
 * requires": over the case's required years before the application year, at least {@code total} hours, of which
 * {@code publicHours} general + industry public and {@code professional} professional (bachelor → assistant 90/18/60
 * over one year, master → intermediate 270/54/180 over three).
 */
public record HoursOverWorkingYears(String code, String notice, Applicability appliesTo, BigDecimal total,
        BigDecimal publicHours, BigDecimal professional) implements HoursRule {

    @Override
    public List<Finding> evaluate(CheckCase check, HoursTable hours) {
        int to = check.applicationYear() - 1;
        int from = to - Math.max(check.requiredYears(), 1) + 1;
        return List.of(finding(from, to, "TOTAL", total, hours.sum(from, to, hours::total)),
                finding(from, to, "PUBLIC", publicHours, hours.sum(from, to, hours::publicHours)),
                finding(from, to, HourCategory.PROFESSIONAL.name(), professional,
                        hours.sum(from, to, year -> hours.of(year, HourCategory.PROFESSIONAL))));
    }

    private Finding finding(int from, int to, String category, BigDecimal required, BigDecimal recorded) {
        return new Finding(code, notice, from, to, category, required, recorded, recorded.compareTo(required) >= 0,
                false);
    }

    @Override
    public List<String> contradictions() {
        List<String> problems = new ArrayList<>();
        if (total == null || publicHours == null || professional == null) {
            problems.add("total, publicHours and professional are required");
            return problems;
        }
        HoursRule.requireParts(problems, null, "total", total, "total");
        HoursRule.requireParts(problems, total, "total", publicHours, "publicHours");
        HoursRule.requireParts(problems, total, "total", professional, "professional");
        if (publicHours.add(professional).compareTo(total) > 0) {
            problems.add("publicHours + professional > total");
        }
        return problems;
    }
}
