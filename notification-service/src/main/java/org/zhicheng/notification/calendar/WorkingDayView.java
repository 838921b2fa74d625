package org.zhicheng.notification.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether {@code date} is a working day; {@code sources} name the calendar notice of its year (or say Monday–Friday
 * was assumed), and {@code provisional} flags a year without calendar data yet.
 */
public record WorkingDayView(LocalDate date, boolean workingDay, boolean provisional, List<String> sources) {
}
