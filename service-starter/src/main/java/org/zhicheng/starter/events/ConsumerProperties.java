package org.zhicheng.starter.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.events.consumer.*}: what happens when a listener fails on a record.
 *
 * @param retries retries after the first failure before the record goes to {@code <topic>.dlt}
 * @param initialBackoff delay before the first retry; doubles up to {@code maxBackoff}
 * @param maxBackoff upper bound of the delay between retries
 */
@ConfigurationProperties("zhicheng.events.consumer")
public record ConsumerProperties(@DefaultValue("3") int retries, @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff) {

    /** Suffix of the dead-letter topic of every topic. */
    public static final String DLT_SUFFIX = ".dlt";
}
