package org.zhicheng.education.hours.domain;

import java.math.BigDecimal;

/** An entry as a client sent it, not yet checked: the category is still text so an unknown one can be named. */
public record HoursInput(String person, String region, String unit, int year, String category, BigDecimal hours,
        HourSource source) {
}
