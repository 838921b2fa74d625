package org.zhicheng.gateway.ratelimit;

/**
 * A token bucket refilled continuously: full at start, one token per request, {@code nanosPerToken} to regain one.
 * The content is kept as nanoseconds of credit rather than fractional tokens, so waits come out exact. Time is
 * passed in (a monotonic nano clock) so that the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private final long nanosPerToken;
    private final long fullCredit;
    private long credit;
    private long updatedAt;

    /** @param fullCredit capacity × nanosPerToken, the credit of a full bucket */
    TokenBucket(long nanosPerToken, long fullCredit, long now) {
        this.nanosPerToken = nanosPerToken;
        this.fullCredit = fullCredit;
        this.credit = fullCredit;
        this.updatedAt = now;
    }

    /** Takes a token if there is one: 0 when taken, otherwise the nanoseconds until the next one is available. */
    synchronized long tryTake(long now) {
        refill(now);
        if (credit >= nanosPerToken) {
            credit -= nanosPerToken;
            return 0;
        }
        return nanosPerToken - credit;
    }

    /** A full bucket is indistinguishable from a new one, so it can be dropped without changing any decision. */
    synchronized boolean isFull(long now) {
        refill(now);
        return credit >= fullCredit;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            credit = elapsed >= fullCredit - credit ? fullCredit : credit + elapsed;
            updatedAt = now;
        }
    }
}
