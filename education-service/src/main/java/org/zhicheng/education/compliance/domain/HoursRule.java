package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One rule of a rule set: its code (stable, shown in answers), the notice and clause it comes from, the cases it
 * applies to, and its numbers. Stored as JSON with a {@code kind}, so an HR bureau changes numbers without a release.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = YearlyMinimum.class, name = "YEARLY_MINIMUM"),
        @JsonSubTypes.Type(value = PublicHoursWindow.class, name = "PUBLIC_HOURS_WINDOW"),
        @JsonSubTypes.Type(value = HoursOverWorkingYears.class, name = "HOURS_OVER_WORKING_YEARS"),
        @JsonSubTypes.Type(value = RegisteredHoursWindow.class, name = "REGISTERED_HOURS_WINDOW")})
public sealed interface HoursRule permits YearlyMinimum, PublicHoursWindow, HoursOverWorkingYears,
        RegisteredHoursWindow {

    String code();

    String notice();

    Applicability appliesTo();

    /** The findings for a case this rule applies to, one per year (or window) and category. */
    List<Finding> evaluate(CheckCase check, HoursTable hours);

    /** What makes the numbers contradict each other, e.g. "professional > total"; empty when consistent. */
    List<String> contradictions();

    /** Shared checks of a minimum: not negative, a part not above its whole. */
    static void requireParts(List<String> problems, BigDecimal whole, String wholeName, BigDecimal part,
            String partName) {
        if (part != null && part.signum() < 0) {
            problems.add(partName + " < 0");
        }
        if (whole != null && part != null && part.compareTo(whole) > 0) {
            problems.add(partName + " > " + wholeName);
        }
    }
}
