package org.zhicheng.committee.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.zhicheng.starter.time.ClockAutoConfiguration;

/**
 * The service's clock in meeting tests: the starter's clock moved forward by an offset, so a test can reach a
 * meeting's date (a meeting is created at least a week ahead and opens on its day). It only ever moves forward, so
 * the outbox, idempotency keys and other tests sharing the context never see time run backwards.
 */
public final class ShiftableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Clock base = ClockAutoConfiguration.utcMicros();
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ShiftableClock shifted = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return shifted.withZone(other);
            }

            @Override
            public Instant instant() {
                return shifted.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    /** Today in Shanghai, as the service sees it. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), SHANGHAI);
    }

    /** Moves to 10:00 (Shanghai) of {@code day}, if that is later than now. */
    public synchronized void moveTo(LocalDate day) {
        Instant target = day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
        Instant now = instant();
        if (target.isAfter(now)) {
            offset = offset.plus(Duration.between(now, target));
        }
    }

    /** Moves to 10:00 of the next day: a test then has hours before the date changes under it. */
    public LocalDate nextMorning() {
        moveTo(today().plusDays(1));
        return today();
    }
}
