package org.zhicheng.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak distribution (the {@code keycloak-quarkus-dist} zip from Maven Central) run by its own
 * {@code bin/kc.sh} on 127.0.0.1, storing its data in PostgreSQL and importing realm JSON files on start.
 *
 * <p>The unpacked distribution ("home") is worth keeping between runs: the first start re-augments it for the
 * chosen build options (about a minute), later starts skip that. A realm that already exists in the database is
 * not re-imported, so realm changes need a fresh {@code keycloak} database.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts describing a server run from {@code distributionZip}, unpacked into (or reused from) {@code home}. */
    public static Options options(Path distributionZip, Path home) {
        return new Options(distributionZip, home);
    }

    /** Unpacks if needed, starts Keycloak and waits until the OpenID configuration of the awaited realm answers. */
    public static KeycloakServer start(Options options) {
        Objects.requireNonNull(options.jdbcUrl, "database");
        Path home = unpackIfMissing(options.distributionZip, options.home.toAbsolutePath());
        replaceImports(home.resolve("data").resolve("import"), options.realmImportDirectory);
        int port = options.port != 0 ? options.port : FreePorts.find();
        int managementPort = options.managementPort != 0 ? options.managementPort : FreePorts.find();
        FreePorts.requireFree(port, "Keycloak");
        FreePorts.requireFree(managementPort, "Keycloak management");

        List<String> command = new ArrayList<>(List.of(
                "bash", home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                // build options: keep them identical between runs, or every start re-augments
                "--db=postgres", "--health-enabled=true",
                "--db-url=" + options.jdbcUrl, "--db-username=" + options.dbUsername,
                "--db-password=" + options.dbPassword,
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-host=127.0.0.1", "--http-management-port=" + managementPort));
        if (options.realmImportDirectory != null) {
            command.add("--import-realm");
        }
        Path logFile = options.logFile != null ? options.logFile : home.resolve("keycloak.log");
        ManagedProcess.Builder builder = ManagedProcess.builder("Keycloak", command);
        // kc.sh hands its stdin to the JVM: with the agent, Keycloak exits when this JVM dies
        ParentWatch.agentJar().ifPresent(jar -> builder.environment("JAVA_OPTS_APPEND", "-javaagent:" + jar));
        ManagedProcess process = builder
                .directory(home)
                .environment("JAVA_HOME", System.getProperty("java.home"))
                .environment("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername)
                .environment("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword)
                .logFile(logFile)
                .start();
        KeycloakServer server = new KeycloakServer(process, port);
        try {
            String discovery = server.issuer(options.awaitRealm) + "/.well-known/openid-configuration";
            process.awaitReady(options.startupTimeout, () -> Endpoints.answersOk(discovery));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of tokens obtained through {@link #baseUrl()} (Keycloak puts the URL it was reached on in iss). */
    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public String tokenUrl(String realm) {
        return issuer(realm) + "/protocol/openid-connect/token";
    }

    public String jwkSetUrl(String realm) {
        return issuer(realm) + "/protocol/openid-connect/certs";
    }

    public String adminConsoleUrl() {
        return baseUrl() + "/admin/";
    }

    /** Stops kc.sh and the JVM it started. */
    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }

    private static Path unpackIfMissing(Path zip, Path home) {
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + " (it is the org.keycloak:keycloak-quarkus-dist zip; run the Maven build once to download it)");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".unpacking");
        Directories.deleteRecursively(partial);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // the zip holds one top-level folder (keycloak-<version>/): drop it
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = partial.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(partial)) {
                    throw new IllegalStateException("unexpected entry " + name + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> scripts = Files.list(partial.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.createDirectories(home.getParent());
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + home, e);
        }
    }

    /** kc.sh imports from {@code data/import} only: mirror the caller's realm files there. */
    private static void replaceImports(Path importDirectory, Path realmImportDirectory) {
        try {
            Directories.deleteRecursively(importDirectory);
            Files.createDirectories(importDirectory);
            if (realmImportDirectory == null) {
                return;
            }
            try (Stream<Path> files = Files.list(realmImportDirectory)) {
                for (Path realm : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.copy(realm, importDirectory.resolve(realm.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare realm import from " + realmImportDirectory, e);
        }
    }

    /** What to start. Free ports, admin {@code admin}/{@code admin} and a 5-minute timeout unless set. */
    public static final class Options {

        private final Path distributionZip;
        private final Path home;
        private int port;
        private int managementPort;
        private Path realmImportDirectory;
        private String awaitRealm = "master";
        private String jdbcUrl;
        private String dbUsername;
        private String dbPassword;
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private Path logFile;
        private Duration startupTimeout = Duration.ofMinutes(5);

        private Options(Path distributionZip, Path home) {
            this.distributionZip = Objects.requireNonNull(distributionZip);
            this.home = Objects.requireNonNull(home);
        }

        /** The HTTP port (0: a free one). */
        public Options port(int port) {
            this.port = port;
            return this;
        }

        /** The management (health) port (0: a free one). */
        public Options managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        /** Imports every {@code *.json} in {@code directory} and waits for {@code realm} to be served. */
        public Options realmImport(Path directory, String realm) {
            this.realmImportDirectory = directory;
            this.awaitRealm = realm;
            return this;
        }

        /** Stores Keycloak's data in database {@code keycloak} of {@code postgres}, created when missing. */
        public Options database(PostgresServer postgres) {
            postgres.createDatabaseIfMissing("keycloak");
            return database(postgres.jdbcUrl("keycloak"), postgres.username(), postgres.password());
        }

        public Options database(String jdbcUrl, String username, String password) {
            this.jdbcUrl = jdbcUrl;
            this.dbUsername = username;
            this.dbPassword = password;
            return this;
        }

        /** The master realm's bootstrap administrator (created on the first start only). */
        public Options admin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        /** Where Keycloak's console output goes (default {@code keycloak.log} in the home). */
        public Options logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Options startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        public KeycloakServer start() {
            return KeycloakServer.start(this);
        }
    }
}
