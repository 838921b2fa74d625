package org.zhicheng.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) in a child JVM, listening on
 * 127.0.0.1 only. The child runs {@link KafkaMain} on this JVM's class path, so it dies with this JVM.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ManagedProcess process;
    private final int port;
    private final Path deleteOnClose;

    private KafkaBroker(ManagedProcess process, int port, Path deleteOnClose) {
        this.process = process;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
    }

    /** A throw-away broker on free ports; its data directory is deleted on {@link #close()}. */
    public static KafkaBroker startTemporary() {
        Path directory = Directories.createTemporary("zhicheng-kafka-");
        return start(directory, FreePorts.find(), FreePorts.find(), directory);
    }

    /** A broker keeping its logs in {@code dataDirectory} between runs (formatted on first use only). */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort) {
        return start(Directories.create(dataDirectory), port, controllerPort, null);
    }

    private static KafkaBroker start(Path directory, int port, int controllerPort, Path deleteOnClose) {
        FreePorts.requireFree(port, "Kafka");
        FreePorts.requireFree(controllerPort, "Kafka controller");
        Path config = writeConfig(directory, port, controllerPort);
        List<String> command = new ArrayList<>(List.of(
                Directories.currentJava(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + Directories.copyResource(
                        "kafka-logback.xml", directory.resolve("logback.xml")),
                "-Dlog4j2.configurationFile=" + Directories.copyResource(
                        "kafka-log4j2.xml", directory.resolve("log4j2.xml")),
                "-cp", System.getProperty("java.class.path"),
                KafkaMain.class.getName(), config.toString(), Uuid.randomUuid().toString()));
        ManagedProcess process = ManagedProcess.builder("Kafka", command)
                .directory(directory)
                .logFile(directory.resolve("broker.log"))
                .start();
        KafkaBroker broker = new KafkaBroker(process, port, deleteOnClose);
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The PID of the broker's JVM. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
        if (deleteOnClose != null) {
            Directories.deleteRecursively(deleteOnClose);
        }
    }

    private void awaitReady() {
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        // the client logs a warning per refused connection: wait for the listener before creating it
        process.awaitReady(STARTUP_TIMEOUT, () -> Endpoints.accepts(port));
        try (Admin admin = Admin.create(settings)) {
            process.awaitReady(STARTUP_TIMEOUT,
                    () -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        }
    }

    private static Path writeConfig(Path directory, int port, int controllerPort) {
        String plain = "127.0.0.1:" + port;
        String controller = "127.0.0.1:" + controllerPort;
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + controller,
                "listeners=PLAINTEXT://" + plain + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + plain,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("logs"),
                // one node: every internal topic must live with a single replica
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=true",
                "num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                // small segments and short retention keep a long-lived local stack's disk use small
                "log.segment.bytes=1048576",
                "log.retention.hours=72",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "");
        Path file = directory.resolve("server.properties");
        try {
            Files.writeString(file, properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
