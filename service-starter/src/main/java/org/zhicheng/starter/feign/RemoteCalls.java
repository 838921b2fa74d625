package org.zhicheng.starter.feign;

import java.util.function.Supplier;

import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.zhicheng.starter.problem.Problems;

/**
 * Calls a Feign client and gives back what the call really threw. The circuit breaker wraps every failure in a
 * {@link NoFallbackAvailableException}; this unwraps it, so a use case can catch {@link RemoteProblemException}
 * for a code it handles, and an open circuit becomes 503 {@code unavailable}.
 */
public final class RemoteCalls {

    private RemoteCalls() {
    }

    /** {@code RemoteCalls.call("education", () -> education.hours(person, year))}. */
    public static <T> T call(String client, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (NoFallbackAvailableException ex) {
            throw unwrap(client, ex.getCause());
        }
        catch (RetryableException ex) {
            throw Problems.unavailable(client);
        }
    }

    private static RuntimeException unwrap(String client, Throwable cause) {
        if (cause instanceof CallNotPermittedException || cause instanceof RetryableException) {
            return Problems.unavailable(client);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return Problems.unavailable(client);
    }
}
