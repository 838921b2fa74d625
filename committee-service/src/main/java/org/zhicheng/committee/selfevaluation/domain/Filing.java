package org.zhicheng.committee.selfevaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a plan, scheme or summary (备案材料) of a self-evaluating unit, as filed. Never changed afterwards: a
 * re-filing of the same (kind, year) is the next version, and the highest version is the current one. A filing made
 * after its due date is accepted and marked late (a late plan is better than none; the HR bureau sees it).
 *
 * @param dueOn    the due date the filing was measured against (001 五(三))
 * @param daysLate calendar days from the due date to the filing day; 0 when on time
 */
public record Filing(UUID id, UUID committeeId, FilingKind kind, int year, int version, String title,
        String documentRef, String summary, LocalDate filedOn, Instant filedAt, String filedBy, LocalDate dueOn,
        long daysLate) {

    public Filing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(committeeId, "committeeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        if (kind == FilingKind.MEETING_REPORT) {
            throw new IllegalArgumentException("a meeting report is not a plan, scheme or summary");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
    }

    /** Version {@code version} of (kind, year), filed on {@code filedOn} and measured against {@code due}. */
    public static Filing file(UUID id, UUID committeeId, FilingKind kind, int year, int version, String title,
            String documentRef, String summary, LocalDate filedOn, Instant filedAt, String filedBy, Deadline due) {
        long daysLate = due.metBy(filedOn) ? 0 : ChronoUnit.DAYS.between(due.dueOn(), filedOn);
        return new Filing(id, committeeId, kind, year, version, title, documentRef, summary, filedOn, filedAt,
                filedBy, due.dueOn(), daysLate);
    }

    public boolean late() {
        return daysLate > 0;
    }

    /** What the overdue check needs of it. */
    public AnnualFiling asAnnualFiling() {
        return new AnnualFiling(kind, year, filedOn, documentRef);
    }
}
