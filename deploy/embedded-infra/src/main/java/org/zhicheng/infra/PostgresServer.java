package org.zhicheng.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries) listening on 127.0.0.1 only. Applications connect as the
 * role {@value #USERNAME}, which owns the databases created through {@link #createDatabaseIfMissing(String)}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "zhicheng";
    public static final String PASSWORD = "zhicheng";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        ensureApplicationRole();
        this.postmaster = findPostmaster();
    }

    /** A throw-away server on a free port; its data directory is deleted on {@link #close()}. */
    public static PostgresServer startTemporary() {
        return start(configured().setCleanDataDirectory(true).setPort(FreePorts.find()));
    }

    /**
     * A server keeping its data in {@code dataDirectory} between runs: an existing cluster there is reused, never
     * wiped; a missing one is initialised. A postmaster left running by a killed earlier run is stopped first.
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        Path directory = Directories.create(dataDirectory);
        stopOrphanedPostmaster(directory);
        FreePorts.requireFree(port, "PostgreSQL");
        // no JVM shutdown hook here: a long-lived owner (the local stack) stops its services before the database;
        // a postmaster left behind by a killed owner is stopped by the next start (above)
        return start(configured().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false));
    }

    private static EmbeddedPostgres.Builder configured() {
        return EmbeddedPostgres.builder()
                // zonky passes server settings as "-c key=value" to the postmaster: bind loopback only
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setPGStartupWait(STARTUP_WAIT);
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder) {
        try {
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates {@code name} owned by {@link #username()} unless it exists. Names are plain lower-case identifiers. */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = superuserConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name + " OWNER " + USERNAME);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently by another test context: the wanted outcome
            }
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** The postmaster's PID (the parent of every backend), e.g. to check that nothing outlives a test. */
    public Optional<Long> pid() {
        return postmaster.map(ProcessHandle::pid);
    }

    /**
     * Stops the server and returns once the postmaster has exited: zonky's {@code pg_ctl stop -m fast -t 5}
     * gives up after 5 seconds on a busy machine and leaves the shutdown running, so wait for it here.
     */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            postmaster.ifPresent(PostgresServer::awaitExit);
        }
    }

    private static void awaitExit(ProcessHandle postmaster) {
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            ManagedProcess.stopTree(postmaster, Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<ProcessHandle> findPostmaster() {
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return ProcessHandle.of(row.getLong(1)).flatMap(ProcessHandle::parent);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query PostgreSQL", e);
        }
    }

    private void ensureApplicationRole() {
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "SELECT 1 FROM pg_roles WHERE rolname = '" + USERNAME + "'")) {
                if (row.next()) {
                    return;
                }
            }
            // CREATEDB lets tests make a fresh database per application context without the superuser
            statement.execute("CREATE ROLE " + USERNAME + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create role " + USERNAME, e);
            }
        }
    }

    private Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
    }

    /**
     * A kill -9 of the JVM that started PostgreSQL leaves the postmaster running with the data directory locked;
     * its PID is the first line of postmaster.pid. Only a process whose command is postgres is signalled.
     */
    private static void stopOrphanedPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            postmaster = ProcessHandle.of(Long.parseLong(firstLine.trim()));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        postmaster.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> ManagedProcess.stopTree(p, Duration.ofSeconds(20)));
    }
}
