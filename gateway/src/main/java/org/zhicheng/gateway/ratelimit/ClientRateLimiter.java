package org.zhicheng.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key. The buckets live in this JVM only: with several gateway replicas each one
 * counts separately, so a client gets up to replicas × capacity; an exact shared limit needs a shared store
 * (e.g. Redis with Spring Cloud Gateway's {@code RedisRateLimiter}).
 */
final class ClientRateLimiter {

    private final int maxClients;
    private final long nanosPerToken;
    private final long fullCredit;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
        this.maxClients = properties.maxClients();
        this.nanosPerToken = Math.max(1, properties.refillPeriod().toNanos() / properties.refillTokens());
        // fails at startup rather than on the first request when capacity and period are absurdly large
        this.fullCredit = Math.multiplyExact(properties.capacity(), nanosPerToken);
        this.nanoClock = nanoClock;
    }

    /** {@link Duration#ZERO} when the client may go ahead, otherwise how long it has to wait. */
    Duration tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            evictIdle(now);
        }
        TokenBucket bucket = buckets.computeIfAbsent(client,
                key -> new TokenBucket(nanosPerToken, fullCredit, now));
        return Duration.ofNanos(bucket.tryTake(now));
    }

    private void evictIdle(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= maxClients) {
            // Memory wins over exactness: under a flood from more addresses than maxClients, everyone starts afresh.
            buckets.clear();
        }
    }
}
