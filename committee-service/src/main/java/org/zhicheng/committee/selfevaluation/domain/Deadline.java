package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day a filing is on time (inclusive). {@code provisional} is true when a working-day count ran through a
 * year without calendar data (Monday–Friday assumed): show it as provisional; {@code sources} says what the date rests
 * on.
 */
public record Deadline(LocalDate dueOn, boolean provisional, List<String> sources) {

    public Deadline {
        sources = List.copyOf(sources);
    }

    /** Whether a filing made on {@code filedOn} meets the deadline. */
    public boolean metBy(LocalDate filedOn) {
        return !filedOn.isAfter(dueOn);
    }
}
