package org.zhicheng.starter.time;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.infra.PostgresServer;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.EventsAutoConfiguration;
import org.zhicheng.starter.events.Inbox;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.flyway.StarterMigrationsAutoConfiguration;
import org.zhicheng.starter.problem.ProblemAutoConfiguration;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;
import org.zhicheng.starter.web.IdempotencyStore;
import org.zhicheng.starter.web.WebAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox, the inbox and the idempotency store take their timestamps from the service's {@link Clock}: with a
 * fixed clock in the context, every instant they write on a real database is that clock's.
 */
class StarterTimestampsTest {

    private static final Instant FIXED = Instant.parse("2024-08-23T01:02:03.456789Z");

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock testClock() {
            return Clock.fixed(FIXED, ZoneOffset.UTC);
        }
    }

    private static WebApplicationContextRunner context() {
        PostgresServer postgres = ZhichengTestInfrastructure.postgres();
        String database = "starter_clock_" + ProcessHandle.current().pid();
        postgres.createDatabaseIfMissing(database);
        return new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, JacksonAutoConfiguration.class,
                    StarterMigrationsAutoConfiguration.class, FlywayAutoConfiguration.class,
                    ClockAutoConfiguration.class, EventsAutoConfiguration.class, ProblemAutoConfiguration.class,
                    WebAutoConfiguration.class))
            .withUserConfiguration(FixedClock.class)
            .withPropertyValues("spring.datasource.url=" + postgres.jdbcUrl(database),
                    "spring.datasource.username=" + postgres.username(),
                    "spring.datasource.password=" + postgres.password(),
                    "spring.flyway.locations=" + StarterMigrationsAutoConfiguration.LOCATION,
                    "spring.application.name=clock-test");
    }

    @Test
    void outboxInboxAndIdempotencyKeysWriteTheServiceClocksTime() {
        context().run(app -> {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            String subject = UUID.randomUUID().toString();

            UUID eventId = transaction.execute(status -> app.getBean(Outbox.class)
                .append("zhicheng.test.events", "ThingCreated", 1, subject, "tester", Map.of("thingId", subject)));

            Map<String, Object> row = jdbc.sql("""
                    SELECT occurred_at, created_at, next_attempt_at, payload::text AS payload
                    FROM outbox_event WHERE id = ?""").param(eventId).query().singleRow();
            assertThat(instant(row.get("occurred_at"))).isEqualTo(FIXED);
            assertThat(instant(row.get("created_at"))).isEqualTo(FIXED);
            assertThat(instant(row.get("next_attempt_at"))).isEqualTo(FIXED);
            EventEnvelope envelope = app.getBean(JsonMapper.class).readValue((String) row.get("payload"),
                    EventEnvelope.class);
            assertThat(envelope.occurredAt()).isEqualTo(FIXED);

            assertThat(app.getBean(Inbox.class).receive(envelope, "clock-test.consumer", received -> { })).isTrue();
            assertThat(instant(jdbc.sql("SELECT received_at FROM inbox_event WHERE event_id = ?").param(eventId)
                .query().singleValue())).isEqualTo(FIXED);

            IdempotencyStore store = app.getBean(IdempotencyStore.class);
            IdempotencyStore.Key key = new IdempotencyStore.Key(subject, "POST", "/api/v1/things", "key-1");
            assertThat(store.claim(key, "hash")).isTrue();
            Map<String, Object> claimed = jdbc.sql("""
                    SELECT created_at, expires_at FROM idempotency_key WHERE subject = ?""").param(subject)
                .query().singleRow();
            assertThat(instant(claimed.get("created_at"))).isEqualTo(FIXED);
            assertThat(instant(claimed.get("expires_at"))).isAfter(FIXED);
            assertThat(store.find(key)).get().extracting(IdempotencyStore.Entry::expiresAt)
                .isEqualTo(instant(claimed.get("expires_at")));
        });
    }

    /** A {@code timestamptz} as the driver returns it ({@code Timestamp} or {@code OffsetDateTime}). */
    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + value);
        };
    }
}
