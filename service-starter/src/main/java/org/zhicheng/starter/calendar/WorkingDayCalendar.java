package org.zhicheng.starter.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts working days on the Chinese statutory calendar: Monday–Friday, minus public holidays, plus the adjusted
 * weekend working days (调休) of each year's notice. For a year without data Monday–Friday is assumed and the
 * answer is marked provisional.
 */
public class WorkingDayCalendar {

    // no publicity or deadline is this long: a bound stops a typo (days = 1_000_000) from spinning
    private static final int MAX_DAYS = 3660;

    private final Map<Integer, CalendarYear> years;

    public WorkingDayCalendar(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("Year " + year.year() + " is listed twice");
            }
        }
        this.years = byYear;
    }

    /** The years with calendar data. */
    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarYear year = years.get(date.getYear());
        return year != null ? year.isWorkingDay(date) : !CalendarYear.isWeekend(date);
    }

    /** Whether {@code date} is a working day, with the notice (or the assumption) the answer rests on. */
    public WorkingDayCheck check(LocalDate date) {
        Objects.requireNonNull(date, "date");
        WorkingDayAnswer grounds = answer(date, date, date);
        return new WorkingDayCheck(date, isWorkingDay(date), grounds.provisional(), grounds.sources());
    }

    /**
     * The {@code days}-th working day from {@code start}, counting {@code start} as the first when it is a working
     * day: a publicity of 5 working days starting on {@code start} ends on the returned date (inclusive).
     */
    public WorkingDayAnswer addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requirePositive(days);
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return answer(day, start, day);
    }

    /**
     * The latest date that is at least {@code days} working days before {@code date}: the returned working day and
     * the days after it, up to the eve of {@code date}, hold {@code days} working days. For "report 5 working days
     * before the meeting" it is the last day the report may arrive.
     */
    public WorkingDayAnswer workingDayBefore(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        requirePositive(days);
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return answer(day, day, date);
    }

    /** Working days from {@code fromInclusive} to {@code toInclusive}; 0 when the range is empty. */
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate day = fromInclusive; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether an answer about the days from {@code from} to {@code to} (inclusive) would be provisional. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!years.containsKey(year)) {
                return true;
            }
        }
        return false;
    }

    private WorkingDayAnswer answer(LocalDate date, LocalDate from, LocalDate to) {
        List<String> sources = new ArrayList<>();
        boolean provisional = false;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            CalendarYear data = years.get(year);
            if (data == null) {
                provisional = true;
                sources.add(year + ": no calendar data, Monday–Friday assumed (无数据，按周一至周五计)");
            }
            else {
                sources.add(year + ": " + data.source());
            }
        }
        return new WorkingDayAnswer(date, provisional, sources);
    }

    private static void requirePositive(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
    }
}
