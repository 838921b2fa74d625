package org.zhicheng.starter.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether {@code date} is a working day, and on what grounds: {@code sources} names the notice of its year, or says
 * that Monday–Friday was assumed, in which case {@code provisional} is true.
 */
public record WorkingDayCheck(LocalDate date, boolean workingDay, boolean provisional, List<String> sources) {

    public WorkingDayCheck {
        sources = List.copyOf(sources);
    }
}
