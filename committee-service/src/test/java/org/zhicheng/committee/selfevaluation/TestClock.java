package org.zhicheng.committee.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock in the self-evaluation tests: the system time, or a chosen Shanghai business day (10:00) while
 * a test needs one. Tests only choose days before the real today or reset afterwards, so outbox rows written at a
 * chosen time are always due for the relay again once the clock is back.
 */
public final class TestClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    /** From now on the service's today (Asia/Shanghai) is {@code day}. */
    public void today(LocalDate day) {
        fixed = day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    }

    public void today(String isoDay) {
        today(LocalDate.parse(isoDay));
    }

    /** Back to the system time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant chosen = fixed;
        return chosen != null ? chosen : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
    }
}
