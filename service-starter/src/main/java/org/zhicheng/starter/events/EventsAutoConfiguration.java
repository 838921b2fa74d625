package org.zhicheng.starter.events;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.converter.StringJacksonJsonMessageConverter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.zhicheng.starter.time.ClockAutoConfiguration;

/**
 * Outbox, relay and inbox over the service's database and Kafka (their tables come from the starter's migrations,
 * {@link org.zhicheng.starter.flyway.StarterMigrationsAutoConfiguration}), and the listener side of Kafka: JSON
 * payloads converted to the listener's parameter type ({@link EventEnvelope}), bounded retries then the dead-letter
 * topic {@code <topic>.dlt}, request ids restored around listener calls. Their timestamps come from the service's
 * {@link Clock} (a test's fixed clock shows in the rows), or the starter's own clock where a context has none.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        KafkaAutoConfiguration.class, JacksonAutoConfiguration.class, ClockAutoConfiguration.class },
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties({ OutboxProperties.class, ConsumerProperties.class })
public class EventsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventsAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
    static class StoreConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Outbox outbox(DataSource dataSource, JsonMapper jsonMapper, Environment environment,
                ObjectProvider<Clock> clock) {
            String source = environment.getProperty("spring.application.name", "unknown");
            return new Outbox(JdbcClient.create(dataSource), jsonMapper, source, clockOf(clock));
        }

        @Bean
        @ConditionalOnMissingBean
        Inbox inbox(DataSource dataSource, PlatformTransactionManager transactionManager,
                ObjectProvider<Clock> clock) {
            return new Inbox(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                    clockOf(clock));
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(KafkaTemplate.class)
        OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
                KafkaTemplate<String, String> kafkaTemplate, OutboxProperties properties, JsonMapper jsonMapper,
                ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
            return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                    kafkaTemplate, properties, jsonMapper, clockOf(clock),
                    meters.getIfAvailable(() -> Metrics.globalRegistry));
        }

        /** The service's clock; a context built without the starter's clock configuration still gets its clock. */
        private static Clock clockOf(ObjectProvider<Clock> clock) {
            return clock.getIfAvailable(ClockAutoConfiguration::utcMicros);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(KafkaTemplate.class)
    static class ListenerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RecordMessageConverter eventMessageConverter(JsonMapper jsonMapper) {
            return new StringJacksonJsonMessageConverter(jsonMapper);
        }

        @Bean
        @ConditionalOnMissingBean
        CommonErrorHandler deadLetterErrorHandler(KafkaOperations<Object, Object> kafkaTemplate,
                ConsumerProperties properties) {
            DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                    (record, ex) -> new TopicPartition(record.topic() + ConsumerProperties.DLT_SUFFIX, -1));
            ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
            backOff.setMaxInterval(properties.maxBackoff().toMillis());
            backOff.setMaxAttempts(properties.retries());
            return new DefaultErrorHandler((record, ex) -> {
                log.error("Event at {}-{}@{} failed {} retries, sending it to {}{}", record.topic(), record.partition(),
                        record.offset(), properties.retries(), record.topic(), ConsumerProperties.DLT_SUFFIX, ex);
                deadLetters.accept(record, ex);
            }, backOff);
        }

        @Bean
        @ConditionalOnMissingBean
        RecordInterceptor<Object, Object> requestIdRecordInterceptor() {
            return new RequestIdRecordInterceptor();
        }
    }
}
