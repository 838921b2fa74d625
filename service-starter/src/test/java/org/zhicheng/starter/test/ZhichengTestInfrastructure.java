package org.zhicheng.starter.test;

import java.util.concurrent.atomic.AtomicInteger;

import org.zhicheng.infra.KafkaBroker;
import org.zhicheng.infra.PostgresServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wires an application context under test to real infrastructure: one PostgreSQL per test JVM with a fresh database
 * per application context, one Kafka broker per test JVM, and the {@link JwksStub}. Each is started on first use,
 * listens on 127.0.0.1 and a free port, and stops when the JVM exits. Used by {@link ZhichengServiceTest}.
 */
public class ZhichengTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    /** The JVM's PostgreSQL server, started on first use. */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            PostgresServer server = PostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
            postgres = server;
        }
        return postgres;
    }

    /** The JVM's Kafka broker, started on first use. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            KafkaBroker broker = KafkaBroker.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-stop"));
            kafka = broker;
        }
        return kafka;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer database = postgres();
        // contexts are cached and reused by later test classes: one database per context, never shared
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        database.createDatabaseIfMissing(name);
        JwksStub jwks = JwksStub.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(name),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.kafka.bootstrap-servers=" + kafka().bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + jwks.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwks.jwkSetUri(),
                "spring.security.oauth2.client.registration.zhicheng.provider=keycloak",
                "spring.security.oauth2.client.registration.zhicheng.client-id=" + JwksStub.SERVICE_CLIENT_ID,
                "spring.security.oauth2.client.registration.zhicheng.client-secret=" + JwksStub.SERVICE_CLIENT_SECRET,
                "spring.security.oauth2.client.registration.zhicheng.authorization-grant-type=client_credentials",
                "spring.security.oauth2.client.provider.keycloak.token-uri=" + jwks.tokenUri(),
                // the application under test listens on the loopback interface only
                "server.address=127.0.0.1")
            .applyTo(context);
    }
}
