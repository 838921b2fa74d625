package org.zhicheng.starter.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.idempotency.*}: replay of creates that carry an {@code Idempotency-Key}.
 *
 * @param enabled whether POSTs with the header are recorded and replayed
 * @param ttl how long a key is remembered (24 h: a client retries within a day or not at all)
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("zhicheng.idempotency")
public record IdempotencyProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration ttl,
        @DefaultValue("1h") Duration purgeInterval) {
}
