package org.zhicheng.starter.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the statutory calendar as its State Council notice sets it: the public holidays ({@code daysOff})
 * and the weekend days that are working days ({@code workingWeekendDays}, 调休).
 */
public record CalendarYear(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {

    public CalendarYear {
        daysOff = Set.copyOf(daysOff);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
        for (LocalDate day : daysOff) {
            requireInYear(year, day, "day off");
        }
        for (LocalDate day : workingWeekendDays) {
            requireInYear(year, day, "working weekend day");
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("Working weekend day " + day + " of " + year
                        + " is not a Saturday or Sunday");
            }
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " of " + year + " is both a day off and a working day");
            }
        }
    }

    boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        return !daysOff.contains(day) && !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate day, String what) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException("The " + what + " " + day + " is listed under year " + year);
        }
    }
}
