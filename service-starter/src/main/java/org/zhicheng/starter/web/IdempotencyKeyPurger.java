package org.zhicheng.starter.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/** Deletes expired idempotency keys now and then, so the table holds about one TTL's worth of creates. */
public class IdempotencyKeyPurger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurger.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public IdempotencyKeyPurger(IdempotencyStore store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("idempotency-purge").factory());
        executor.scheduleWithFixedDelay(this::purge, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            int purged = store.purgeExpired();
            log.debug("Purged {} expired idempotency keys", purged);
        }
        catch (RuntimeException ex) {
            // the next round tries again; a missed purge only leaves rows a little longer
            log.warn("Purging expired idempotency keys failed: {}", ex.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
