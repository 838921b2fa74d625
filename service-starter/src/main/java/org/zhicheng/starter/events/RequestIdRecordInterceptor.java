package org.zhicheng.starter.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;
import org.zhicheng.starter.web.RequestIds;

/**
 * Restores the request id of the HTTP request that caused an event in the MDC while a listener handles it, so the
 * consumer's log lines and the events it publishes in turn carry the same id.
 */
public class RequestIdRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(RequestIds.KAFKA_HEADER);
        if (header != null && header.value() != null) {
            MDC.put(RequestIds.MDC_KEY, new String(header.value(), StandardCharsets.UTF_8));
        }
        else {
            MDC.remove(RequestIds.MDC_KEY);
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
