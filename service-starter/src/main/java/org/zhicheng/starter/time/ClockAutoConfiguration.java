package org.zhicheng.starter.time;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The service's {@link Clock}: UTC, ticking in whole microseconds because PostgreSQL {@code timestamptz} keeps
 * microseconds, so an instant written and read back compares equal (an ETag, an event's {@code publishedAt} and the
 * row agree). A test or a service replaces it by declaring its own {@code Clock} bean.
 *
 * <p>{@code zhicheng.time.offset} (a duration, e.g. {@code P8D} or {@code 8d}; none by default) shifts the clock:
 * for acceptance environments and end-to-end tests that rehearse what only happens with time (a meeting created a
 * week ahead, then held). Never set in production; the service logs a warning at start when it is.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    /** The property that shifts the clock (acceptance and end-to-end testing only). */
    public static final String OFFSET = "zhicheng.time.offset";

    private static final Logger LOG = LoggerFactory.getLogger(ClockAutoConfiguration.class);

    /** One microsecond: the precision of PostgreSQL timestamps. */
    public static final Duration TICK = Duration.ofNanos(1_000);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(Environment environment) {
        Duration offset = Binder.get(environment).bind(OFFSET, Duration.class).orElse(null);
        if (offset == null || offset.isZero()) {
            return utcMicros();
        }
        LOG.warn("the clock is shifted by {} ({}): for acceptance testing only, never in production", offset,
                OFFSET);
        return Clock.offset(utcMicros(), offset);
    }

    /** The clock the starter provides, for code outside a Spring context (domain tests, tools). */
    public static Clock utcMicros() {
        return Clock.tick(Clock.systemUTC(), TICK);
    }
}
