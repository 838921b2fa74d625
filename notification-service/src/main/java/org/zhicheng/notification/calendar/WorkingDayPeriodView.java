package org.zhicheng.notification.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A period of {@code days} working days beginning on {@code start} (counted as the first day when it is a working
 * day) ends on {@code end}; {@code sources} name the calendar notices used, {@code provisional} flags assumed years.
 */
public record WorkingDayPeriodView(LocalDate start, int days, LocalDate end, boolean provisional,
        List<String> sources) {
}
