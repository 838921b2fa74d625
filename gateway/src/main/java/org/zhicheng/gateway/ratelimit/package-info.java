/**
 * Rate limiting of the one anonymous write, filing an objection: a token bucket per client IP, answered with a 429
 * problem and {@code Retry-After} when empty. In memory, so each gateway replica counts on its own.
 */
package org.zhicheng.gateway.ratelimit;
