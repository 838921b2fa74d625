/**
 * Events between services: the {@link org.zhicheng.starter.events.EventEnvelope} on Kafka, the transactional
 * {@link org.zhicheng.starter.events.Outbox} (written in the business transaction, published by the
 * {@link org.zhicheng.starter.events.OutboxRelay}) and the {@link org.zhicheng.starter.events.Inbox} that makes a
 * consumer's effect happen once per event. Kafka or a consumer being down delays events, never loses them.
 */
package org.zhicheng.starter.events;
