package org.zhicheng.notification.calendar;

import java.time.LocalDate;

/** Whether {@code date} is a working day; {@code provisional} when its year has no calendar data yet. */
public record WorkingDayView(LocalDate date, boolean workingDay, boolean provisional) {
}
