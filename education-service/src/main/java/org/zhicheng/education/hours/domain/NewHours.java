package org.zhicheng.education.hours.domain;

import java.math.BigDecimal;

/** An entry that passed {@link HourRecordRules}: ready to be written as it is. */
public record NewHours(String person, String region, String unit, int year, HourCategory category, BigDecimal hours,
        HourSource source) {
}
