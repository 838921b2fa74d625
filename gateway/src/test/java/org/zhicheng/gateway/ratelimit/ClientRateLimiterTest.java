package org.zhicheng.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private ClientRateLimiter limiter(int capacity, int refillTokens, Duration period, int maxClients) {
        return new ClientRateLimiter(new RateLimitProperties(capacity, refillTokens, period, maxClients), clock::get);
    }

    @Test
    void allowsABurstUpToTheCapacityThenSaysHowLongToWait() {
        ClientRateLimiter limiter = limiter(3, 1, Duration.ofMinutes(1), 100);

        assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refillsEvenlyOverThePeriod() {
        ClientRateLimiter limiter = limiter(2, 2, Duration.ofMinutes(1), 100);
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");

        clock.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.tryAcquire("10.0.0.1")).isEqualTo(Duration.ofSeconds(10));

        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
    }

    @Test
    void countsEachClientSeparately() {
        ClientRateLimiter limiter = limiter(1, 1, Duration.ofHours(1), 100);

        assertThat(limiter.tryAcquire("10.0.0.1")).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1")).isPositive();
        assertThat(limiter.tryAcquire("10.0.0.2")).isZero();
    }

    @Test
    void dropsOnlyIdleClientsWhenItHoldsTooMany() {
        ClientRateLimiter limiter = limiter(1, 1, Duration.ofMinutes(1), 2);
        limiter.tryAcquire("idle");
        clock.addAndGet(Duration.ofMinutes(2).toNanos());
        limiter.tryAcquire("busy");

        // "idle" has refilled and is forgotten; "busy" still owes its token
        assertThat(limiter.tryAcquire("newcomer")).isZero();
        assertThat(limiter.tryAcquire("busy")).isPositive();
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitProperties(0, 1, Duration.ofMinutes(1), 10));
    }
}
