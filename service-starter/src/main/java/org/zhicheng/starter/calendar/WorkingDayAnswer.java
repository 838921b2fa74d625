package org.zhicheng.starter.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A date computed on the working-day calendar. {@code provisional} is true when a year without calendar data was
 * involved (Monday–Friday was assumed there): the answer must be shown as provisional, never silently.
 * {@code sources} names the notices of the years involved, and the years assumed.
 */
public record WorkingDayAnswer(LocalDate date, boolean provisional, List<String> sources) {

    public WorkingDayAnswer {
        sources = List.copyOf(sources);
    }
}
