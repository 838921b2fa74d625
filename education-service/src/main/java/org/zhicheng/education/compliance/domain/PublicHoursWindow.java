package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Quzhou, 002 二(二): general + industry public hours of the {@code years} years before the application year
 * (2019–2021 for the 2022 round) add up to at least {@code publicHours}. The notice's two figures (54, and 18 for a
 * bachelor-or-higher junior applicant) are two rules applying to different cases.
 */
public record PublicHoursWindow(String code, String notice, Applicability appliesTo, int years,
        BigDecimal publicHours) implements HoursRule {

    @Override
    public List<Finding> evaluate(CheckCase check, HoursTable hours) {
        int to = check.applicationYear() - 1;
        int from = to - years + 1;
        BigDecimal recorded = hours.sum(from, to, hours::publicHours);
        return List.of(new Finding(code, notice, from, to, "PUBLIC", publicHours, recorded,
                recorded.compareTo(publicHours) >= 0, false));
    }

    @Override
    public List<String> contradictions() {
        List<String> problems = new ArrayList<>();
        if (publicHours == null) {
            problems.add("publicHours is required");
            return problems;
        }
        HoursRule.requireParts(problems, null, "publicHours", publicHours, "publicHours");
        if (years < 1) {
            problems.add("years < 1");
        }
        return problems;
    }
}
