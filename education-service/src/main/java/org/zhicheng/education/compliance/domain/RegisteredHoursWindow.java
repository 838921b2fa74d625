package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 003 (industry and IT senior engineers): the hours must be registered in a named registration system (the provincial
 * IT education system, 浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统) and are verified for the last
 * {@code years} years up to and including the application year (2022–2024 for the 2024 round): each of those years
 * holds at least {@code minimumPerYear} net hours whose source is that system. Hours from any other system do not count.
 */
public record RegisteredHoursWindow(String code, String notice, Applicability appliesTo, String system, int years,
        BigDecimal minimumPerYear) implements HoursRule {

    @Override
    public List<Finding> evaluate(CheckCase check, HoursTable hours) {
        List<Finding> findings = new ArrayList<>();
        for (int year = check.applicationYear() - years + 1; year <= check.applicationYear(); year++) {
            BigDecimal recorded = hours.fromSystem(year, system);
            boolean met = recorded.signum() > 0 && recorded.compareTo(minimumPerYear) >= 0;
            findings.add(new Finding(code, notice, year, year, "REGISTERED", minimumPerYear, recorded, met, false));
        }
        return findings;
    }

    @Override
    public List<String> contradictions() {
        List<String> problems = new ArrayList<>();
        if (system == null || system.isBlank()) {
            problems.add("system is required");
        }
        if (minimumPerYear == null) {
            problems.add("minimumPerYear is required");
        } else {
            HoursRule.requireParts(problems, null, "minimumPerYear", minimumPerYear, "minimumPerYear");
        }
        if (years < 1) {
            problems.add("years < 1");
        }
        return problems;
    }
}
