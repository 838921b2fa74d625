package org.zhicheng.education.hours.domain;

import java.math.BigDecimal;

/**
 * The rules one ledger entry must pass, each with its own code so a client learns which one it broke:
 * {@code hours.not-positive} (a correction is a reversal, never a negative entry), {@code hours.above-maximum}
 * (no single course gives more than the configured maximum, so a typo like 900 for 90.0 is caught),
 * {@code hours.precision} (registration systems count in tenths of an hour), {@code hours.unknown-category} and
 * {@code hours.future-year} (hours cannot be earned in a year that has not begun).
 */
public final class HourRecordRules {

    private final BigDecimal maxPerRecord;

    public HourRecordRules(BigDecimal maxPerRecord) {
        if (maxPerRecord == null || maxPerRecord.signum() <= 0) {
            throw new IllegalArgumentException("the maximum hours per record must be positive");
        }
        this.maxPerRecord = maxPerRecord;
    }

    /** The checked entry, or {@link HoursRejected} naming the first rule it breaks. */
    public NewHours check(HoursInput input, int currentYear) {
        HourCategory category = HourCategory.parse(input.category())
                .orElseThrow(() -> new HoursRejected("hours.unknown-category", "category",
                        String.valueOf(input.category())));
        BigDecimal hours = input.hours();
        if (hours.signum() <= 0) {
            throw new HoursRejected("hours.not-positive", "hours", hours.toPlainString());
        }
        if (hours.compareTo(maxPerRecord) > 0) {
            throw new HoursRejected("hours.above-maximum", "hours", hours.toPlainString(),
                    maxPerRecord.toPlainString());
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            throw new HoursRejected("hours.precision", "hours", hours.toPlainString());
        }
        if (input.year() > currentYear) {
            throw new HoursRejected("hours.future-year", "year", input.year(), currentYear);
        }
        return new NewHours(input.person(), input.region(), input.unit(), input.year(), category,
                hours.setScale(1), input.source());
    }
}
