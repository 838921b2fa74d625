package org.zhicheng.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.infra.Directories;
import org.zhicheng.infra.KafkaBroker;
import org.zhicheng.infra.KeycloakServer;
import org.zhicheng.infra.MailServer;
import org.zhicheng.infra.ManagedProcess;
import org.zhicheng.infra.PostgresServer;

/**
 * A started stack: its URLs, and {@link #close()}, which stops everything in reverse order of starting. Parts are
 * registered as they come up, so a failure or Ctrl-C half-way through still stops what was already running.
 */
public final class RunningStack implements AutoCloseable {

    static final String REALM = "zhicheng";
    static final String CHILDREN_FILE = "children.pids";

    private static final Logger LOG = LoggerFactory.getLogger(RunningStack.class);
    private static final Duration APP_STOP_GRACE = Duration.ofSeconds(25);

    private final StackOptions options;
    private final Map<String, ManagedProcess> applications = Collections.synchronizedMap(new LinkedHashMap<>());
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private MailServer mail;
    private boolean closed;

    RunningStack(StackOptions options) {
        this.options = options;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + options.ports().gateway();
    }

    String serviceUrlOf(StackService service) {
        return serviceUrl(service.name());
    }

    /** The direct URL of a service ({@code plan}, {@code application}, …), bypassing the gateway. */
    public String serviceUrl(String name) {
        return "http://127.0.0.1:" + options.ports().of(name);
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + options.ports().keycloak();
    }

    /** The issuer of the realm's tokens, exactly as the services expect it. */
    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String jwkSetUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String keycloakAdminConsoleUrl() {
        return keycloakUrl() + "/admin/";
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + options.ports().kafka();
    }

    /** JDBC URL of a database of the stack's PostgreSQL (user {@link PostgresServer#USERNAME}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + options.ports().postgres() + "/" + database;
    }

    /** The SMTP port of the stack's mail server on 127.0.0.1 (notification-service sends there). */
    public int mailSmtpPort() {
        return options.ports().mailSmtp();
    }

    /** The IMAP port: each recipient's mailbox, login and password both the address. */
    public int mailImapPort() {
        return options.ports().mailImap();
    }

    /** The stack's mail server, whose mailboxes end-to-end tests read. */
    public synchronized MailServer mail() {
        if (mail == null) {
            throw new IllegalStateException("the mail server is not running");
        }
        return mail;
    }

    public StackOptions options() {
        return options;
    }

    /** PIDs of the running applications, by name (for tests that check nothing outlives the stack). */
    public Map<String, Long> applicationPids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (applications) {
            applications.forEach((name, process) -> pids.put(name, process.pid()));
        }
        return pids;
    }

    /** Every process the stack started (applications, Kafka, Keycloak and its JVM, the postmaster tree). */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        synchronized (applications) {
            applications.values().forEach(p -> ProcessHandle.of(p.pid()).ifPresent(all::add));
        }
        if (kafka != null) {
            ProcessHandle.of(kafka.pid()).ifPresent(all::add);
        }
        if (keycloak != null) {
            ProcessHandle.of(keycloak.pid()).ifPresent(handle -> {
                all.add(handle);
                handle.descendants().forEach(all::add);
            });
        }
        if (postgres != null) {
            postgres.pid().flatMap(ProcessHandle::of).ifPresent(handle -> {
                all.add(handle);
                handle.descendants().forEach(all::add);
            });
        }
        return all;
    }

    synchronized void postgres(PostgresServer server) {
        requireOpen(server);
        this.postgres = server;
    }

    synchronized void kafka(KafkaBroker broker) {
        requireOpen(broker);
        this.kafka = broker;
        recordChild("kafka", broker.pid());
    }

    /** In this JVM, so nothing to record: it stops with the launcher whatever happens. */
    synchronized void mail(MailServer server) {
        requireOpen(server);
        this.mail = server;
    }

    synchronized void keycloak(KeycloakServer server) {
        requireOpen(server);
        this.keycloak = server;
        recordChild("keycloak", server.pid());
    }

    synchronized void application(String name, ManagedProcess process) {
        requireOpen(process);
        applications.put(name, process);
        recordChild(name, process.pid());
    }

    /** Stops the running application {@code name} (as {@link #close()} would) and forgets it. */
    synchronized void stopApplication(String name) {
        ManagedProcess process = applications.remove(name);
        if (process == null) {
            throw new IllegalArgumentException("no running application " + name);
        }
        LOG.info("stopping {}", name);
        process.stop(APP_STOP_GRACE);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops the gateway and services (together), then the mail server, Keycloak, Kafka and PostgreSQL. Safe to call
     * twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Thread> stopping = new ArrayList<>();
        List<ManagedProcess> apps;
        synchronized (applications) {
            apps = new ArrayList<>(applications.values());
        }
        Collections.reverse(apps);
        for (ManagedProcess app : apps) {
            LOG.info("stopping {}", app.name());
            stopping.add(Thread.ofPlatform().name("stop-" + app.name()).start(() -> app.stop(APP_STOP_GRACE)));
        }
        stopping.forEach(RunningStack::join);
        stopQuietly("the mail server", mail);
        stopQuietly("Keycloak", keycloak);
        stopQuietly("Kafka", kafka);
        stopQuietly("PostgreSQL", postgres);
        deleteQuietly(options.stateDirectory().resolve(CHILDREN_FILE));
        if (options.temporary()) {
            Directories.deleteRecursively(options.stateDirectory());
        }
        LOG.info("stack stopped");
    }

    /** A part that comes up after close() began (Ctrl-C during startup) is stopped at once, not leaked. */
    private void requireOpen(AutoCloseable part) {
        if (closed) {
            stopQuietly(part.getClass().getSimpleName(), part);
            throw new IllegalStateException("the stack is stopping");
        }
    }

    /**
     * Remembers each child with its start time: if the launcher is killed with -9, the next start stops exactly
     * these processes (a reused PID has another start time) — see {@link LocalStack#stopLeftovers}.
     */
    private void recordChild(String name, long pid) {
        ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()).ifPresent(started -> {
            String line = pid + " " + started.toEpochMilli() + " " + name + "\n";
            try {
                Files.writeString(options.stateDirectory().resolve(CHILDREN_FILE), line, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the PID of " + name, e);
            }
        });
    }

    private static void stopQuietly(String name, AutoCloseable part) {
        if (part == null) {
            return;
        }
        LOG.info("stopping {}", name);
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", name, e.getMessage());
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }
}
