package org.zhicheng.notification.calendar;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.calendar.WorkingDayAnswer;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.calendar.WorkingDayCheck;
import org.zhicheng.starter.problem.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The statutory working-day calendar, public, for portals that show publicity periods and deadlines. */
@RestController
@RequestMapping("/api/v1/calendar/working-days")
@Tag(name = "calendar", description = "Working days (工作日) on the statutory holiday calendar")
class CalendarController {

    // longer periods than this are typing errors, not publicities
    private static final int MAX_DAYS = 366;

    private final WorkingDayCalendar calendar;

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/{date}")
    @Operation(summary = "Is the date a working day?")
    WorkingDayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingDayCheck check = calendar.check(date);
        return new WorkingDayView(date, check.workingDay(), check.provisional(), check.sources());
    }

    @GetMapping("/add")
    @Operation(summary = "The last day of a period of N working days starting on start (start counts if working)")
    WorkingDayPeriodView add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw Problems.badRequest("calendar.days-invalid", days, MAX_DAYS);
        }
        WorkingDayAnswer answer = calendar.addWorkingDays(start, days);
        return new WorkingDayPeriodView(start, days, answer.date(), answer.provisional(), answer.sources());
    }
}
