package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which the unit's evaluation rights were suspended (暂停评审权, 001 四): from the suspension day
 * (inclusive) to the reinstatement day (exclusive); {@code until} is null while the suspension lasts.
 */
public record RightsPause(LocalDate from, LocalDate until) {

    public RightsPause {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /** Whether the rights were suspended on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
