package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which filings of a self-evaluating unit the HR bureau must be told about on a given day: for each evaluation year
 * with rights up to today's, a three-year plan covering the year and the year's scheme once 30 November has passed,
 * the year's summary once 28 February of the next year has passed, and each meeting's report once its last report day
 * has passed: missing ones, and ones filed after their due date. A filing made on its due date is on time. Nothing
 * falls due while the unit's rights are suspended (001 四): a filing whose due date lies in a suspension is not owed.
 */
public final class OverdueFilings {

    // 001 五(三), 002 三(二): late or missing self-evaluation filings are flagged to the HR bureau
    public static final String RULE = FilingDeadlines.RULE;

    private final FilingDeadlines deadlines;

    public OverdueFilings(FilingDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public FilingDeadlines deadlines() {
        return deadlines;
    }

    /** The overdue filings on {@code today}, oldest due date first. */
    public List<OverdueFiling> find(SelfEvaluationRecord record, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<OverdueFiling> overdue = new ArrayList<>();
        int lastYear = record.lastYear() == null ? today.getYear() : Math.min(record.lastYear(), today.getYear());
        for (int year = record.firstYear(); year <= lastYear; year++) {
            int evaluationYear = year;
            Optional<LocalDate> plan = earliest(record.filings().stream()
                    .filter(filing -> deadlines.covers(filing, evaluationYear)).map(AnnualFiling::filedOn).toList());
            check(overdue, record, FilingKind.THREE_YEAR_PLAN, year, deadlines.dueFor(FilingKind.THREE_YEAR_PLAN,
                    year), plan.orElse(null), today);
            for (FilingKind kind : List.of(FilingKind.ANNUAL_SCHEME, FilingKind.SUMMARY)) {
                Optional<LocalDate> filed = earliest(record.filings().stream()
                        .filter(filing -> filing.kind() == kind && filing.year() == evaluationYear)
                        .map(AnnualFiling::filedOn).toList());
                check(overdue, record, kind, year, deadlines.dueFor(kind, year), filed.orElse(null), today);
            }
        }
        for (SelfEvaluationMeeting meeting : record.meetings()) {
            Deadline due = deadlines.meetingReportDue(meeting.date());
            if (due.dueOn().isBefore(today) || meeting.reportedOn() != null) {
                flag(overdue, record, FilingKind.MEETING_REPORT, meeting.date().getYear(), meeting, due,
                        meeting.reportedOn(), today);
            }
        }
        overdue.sort(Comparator.comparing(OverdueFiling::dueOn).thenComparing(OverdueFiling::kind));
        return overdue;
    }

    private static void check(List<OverdueFiling> overdue, SelfEvaluationRecord record, FilingKind kind, int year,
            Deadline due, LocalDate filedOn, LocalDate today) {
        if (filedOn != null || due.dueOn().isBefore(today)) {
            flag(overdue, record, kind, year, null, due, filedOn, today);
        }
    }

    private static void flag(List<OverdueFiling> overdue, SelfEvaluationRecord record, FilingKind kind, int year,
            SelfEvaluationMeeting meeting, Deadline due, LocalDate filedOn, LocalDate today) {
        if (filedOn != null && due.metBy(filedOn) || record.pausedOn(due.dueOn())) {
            return;
        }
        LocalDate until = filedOn == null ? today : filedOn;
        overdue.add(new OverdueFiling(record.committeeId(), kind, year, meeting == null ? null : meeting.meetingId(),
                due.dueOn(), filedOn, ChronoUnit.DAYS.between(due.dueOn(), until), due.provisional()));
    }

    private static Optional<LocalDate> earliest(List<LocalDate> days) {
        return days.stream().min(Comparator.naturalOrder());
    }
}
