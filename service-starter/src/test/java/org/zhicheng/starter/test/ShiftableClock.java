package org.zhicheng.starter.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.zhicheng.starter.time.ClockAutoConfiguration;

/**
 * A service's clock in tests that must reach a later day (a meeting a week ahead, the end of a publicity): the
 * starter's clock moved forward by an offset, or started at a given instant. It only ever moves forward, so the
 * outbox, the idempotency keys and the other tests sharing the context never see time run backwards. Replace the
 * starter's clock with it in a {@code @TestConfiguration}.
 */
public final class ShiftableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Clock base = ClockAutoConfiguration.utcMicros();
    private volatile Duration offset;

    /** Now, moving with the real time. */
    public ShiftableClock() {
        this.offset = Duration.ZERO;
    }

    /** Starting at {@code start} (even in the past) and moving with the real time from there. */
    public ShiftableClock(Instant start) {
        this.offset = Duration.between(base.instant(), start);
    }

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

    /** Moves to {@code target} if that is later than now. */
    public synchronized void moveTo(Instant target) {
        Instant now = instant();
        if (target.isAfter(now)) {
            offset = offset.plus(Duration.between(now, target));
        }
    }

    /** Moves to {@code time} (Shanghai) of {@code day}, if that is later than now. */
    public void moveTo(LocalDate day, LocalTime time) {
        moveTo(day.atTime(time).atZone(SHANGHAI).toInstant());
    }

    /** Moves to 10:00 (Shanghai) of {@code day}, if that is later than now. */
    public void moveTo(LocalDate day) {
        moveTo(day, LocalTime.of(10, 0));
    }

    /** Moves to 10:00 of the next day: a test then has hours before the date changes under it. */
    public LocalDate nextMorning() {
        moveTo(today().plusDays(1));
        return today();
    }
}
