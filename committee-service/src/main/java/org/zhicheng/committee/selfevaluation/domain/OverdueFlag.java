package org.zhicheng.committee.selfevaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A missing filing flagged to the HR bureau: raised once per (committee, kind, year), open until the filing arrives,
 * then cleared and kept as history.
 */
public record OverdueFlag(UUID id, UUID committeeId, String committee, String territory, FilingKind kind, int year,
        LocalDate dueOn, LocalDate flaggedOn, Instant flaggedAt, LocalDate clearedOn, Instant clearedAt,
        UUID clearedByFiling) {

    public OverdueFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** A new open flag for a filing found missing on {@code today}. */
    public static OverdueFlag raise(UUID id, UUID committeeId, String committee, String territory,
            OverdueFiling missing, LocalDate today, Instant at) {
        if (!missing.missing()) {
            throw new IllegalArgumentException("only a missing filing is flagged; a late one is marked late");
        }
        return new OverdueFlag(id, committeeId, committee, territory, missing.kind(), missing.year(), missing.dueOn(),
                today, at, null, null, null);
    }

    public boolean open() {
        return clearedAt == null;
    }

    /** Days from the due date to {@code today} while open, to the day the filing arrived once cleared. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, open() ? today : clearedOn);
    }
}
