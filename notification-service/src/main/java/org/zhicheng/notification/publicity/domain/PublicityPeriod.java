package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a publicity runs: from {@code startsOn} (counted as the first working day when it is one) through
 * {@code endsOn}, the {@code workingDays}-th working day, until {@code closesAt}, the end of that day in Asia/Shanghai.
 * {@code provisional} when a year without calendar data was involved (Monday–Friday assumed); {@code sources} name
 * the calendar notices used.
 */
public record PublicityPeriod(LocalDate startsOn, int workingDays, LocalDate endsOn, Instant closesAt,
        boolean provisional, List<String> sources) {

    public PublicityPeriod {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(closesAt, "closesAt");
        sources = List.copyOf(sources);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a publicity ends on " + endsOn + ", before it starts on " + startsOn);
        }
    }

    /** Whether the period is over at {@code now}: the end of its last working day has passed. */
    public boolean isOverAt(Instant now) {
        return !now.isBefore(closesAt);
    }
}
