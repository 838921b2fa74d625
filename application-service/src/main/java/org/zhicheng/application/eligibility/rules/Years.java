package org.zhicheng.application.eligibility.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.zhicheng.application.archive.domain.ArchiveContent.WorkPeriod;
import org.zhicheng.application.eligibility.ApplicationCase;

/** Counting years as the conditions do: whole years, up to the plan's seniority cut-off (003 一(二)) or today. */
final class Years {

    private Years() {
    }

    /** The day seniority is counted to: the plan's cut-off when it sets one, else the case's today. */
    static LocalDate countedTo(ApplicationCase c) {
        return c.item().seniorityCutOff() != null ? c.item().seniorityCutOff() : c.today();
    }

    static int between(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from) ? 0 : Period.between(from, to).getYears();
    }

    /** Whole years of professional work (专业技术工作) after {@code since}, up to {@code to}, periods not overlapping. */
    static int professional(List<WorkPeriod> work, LocalDate since, LocalDate to) {
        long days = 0;
        LocalDate covered = since;
        List<WorkPeriod> sorted = work.stream().filter(WorkPeriod::professional)
                .sorted(java.util.Comparator.comparing(WorkPeriod::from)).toList();
        for (WorkPeriod period : sorted) {
            LocalDate start = period.from().isBefore(covered) ? covered : period.from();
            LocalDate end = period.to() == null || period.to().isAfter(to) ? to : period.to();
            if (end.isAfter(start)) {
                days += java.time.temporal.ChronoUnit.DAYS.between(start, end);
                covered = end;
            }
        }
        return (int) (days / 365.25);
    }
}
