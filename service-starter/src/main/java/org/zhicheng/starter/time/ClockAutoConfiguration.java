package org.zhicheng.starter.time;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The service's {@link Clock}: UTC, ticking in whole microseconds because PostgreSQL {@code timestamptz} keeps
 * microseconds, so an instant written and read back compares equal (an ETag, an event's {@code publishedAt} and the
 * row agree). A test or a service replaces it by declaring its own {@code Clock} bean.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    /** One microsecond: the precision of PostgreSQL timestamps. */
    public static final Duration TICK = Duration.ofNanos(1_000);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return utcMicros();
    }

    /** The clock the starter provides, for code outside a Spring context (domain tests, tools). */
    public static Clock utcMicros() {
        return Clock.tick(Clock.systemUTC(), TICK);
    }
}
