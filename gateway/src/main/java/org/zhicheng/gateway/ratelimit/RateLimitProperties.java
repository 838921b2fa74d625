package org.zhicheng.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The anonymous objection limit per client IP ({@code zhicheng.gateway.rate-limit.objections.*}): a burst of
 * {@code capacity} requests, then {@code refillTokens} more every {@code refillPeriod}.
 *
 * @param capacity largest burst a client may send
 * @param refillTokens tokens added per period, spread evenly over it
 * @param refillPeriod the period {@code refillTokens} refer to
 * @param maxClients how many client buckets are kept before idle ones are dropped, bounding memory
 */
@ConfigurationProperties("zhicheng.gateway.rate-limit.objections")
public record RateLimitProperties(
        @DefaultValue("5") int capacity,
        @DefaultValue("1") int refillTokens,
        @DefaultValue("1m") Duration refillPeriod,
        @DefaultValue("100000") int maxClients) {

    public RateLimitProperties {
        if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("rate limit needs capacity, refill tokens, period and max clients > 0");
        }
    }
}
