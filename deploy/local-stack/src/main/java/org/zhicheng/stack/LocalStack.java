package org.zhicheng.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.infra.Directories;
import org.zhicheng.infra.Endpoints;
import org.zhicheng.infra.FreePorts;
import org.zhicheng.infra.KafkaBroker;
import org.zhicheng.infra.KeycloakServer;
import org.zhicheng.infra.MailServer;
import org.zhicheng.infra.ManagedProcess;
import org.zhicheng.infra.ParentWatch;
import org.zhicheng.infra.PostgresServer;
import org.zhicheng.stack.demo.DemoData;
import org.zhicheng.stack.demo.DemoCommittees;
import org.zhicheng.stack.demo.DemoHours;
import org.zhicheng.stack.demo.DemoPublicities;
import org.zhicheng.stack.demo.GatewayClient;
import org.zhicheng.stack.demo.Outcome;

/**
 * Starts the whole platform on this machine: PostgreSQL, Kafka, Keycloak, a mail server (SMTP and IMAP, in this
 * JVM), the five services and the gateway, each application a separate {@code java -jar} process configured on its
 * command line, logging to {@code <state>/logs/<name>.log}. {@code main} is the launcher behind {@code ./stack up};
 * tests call {@link #start(StackOptions)}.
 */
public final class LocalStack {

    static final String PID_FILE = "stack.pid";

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final String REALM_FILE = "zhicheng-realm.json";
    private static final int TAIL_LINES = 30;
    private static final Duration DEMO_CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEMO_IMPORT_TIMEOUT = Duration.ofMinutes(3);
    /** The AES key notification-service seals webhook secrets with in the local stack: demo only, never deployed. */
    private static final String DEMO_WEBHOOK_KEY = "emhpY2hlbmctbG9jYWwtc3RhY2stZGVtby1rZXktMzI=";

    private LocalStack() {
    }

    /**
     * {@code up [--clean] [--infra-only] [--no-demo-data] [--root <repository>]}: runs until Ctrl-C or
     * {@code ./stack stop}.
     */
    public static void main(String[] args) throws InterruptedException {
        boolean clean = false;
        boolean infrastructureOnly = false;
        boolean demoData = true;
        Path root = null;
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || !rest.removeFirst().equals("up")) {
            throw new IllegalArgumentException(
                    "usage: LocalStack up [--clean] [--infra-only] [--no-demo-data] [--root <repository>]");
        }
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--clean" -> clean = true;
                case "--infra-only" -> infrastructureOnly = true;
                case "--no-demo-data" -> demoData = false;
                case "--root" -> root = Path.of(rest.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + rest.get(i));
            }
        }
        StackOptions options = StackOptions.fixed(root != null ? root : repositoryRoot())
                .withClean(clean)
                .withInfrastructureOnly(infrastructureOnly)
                .withDemoData(demoData);
        Path pidFile = claimPidFile(options.stateDirectory());

        RunningStack stack = new RunningStack(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping the stack ...");
            stack.close();
            deletePidFile(pidFile);
            stopped.countDown();
        }, "stack-shutdown"));

        Instant begin = Instant.now();
        try {
            startInto(stack);
        } catch (RuntimeException e) {
            if (!stack.isClosed()) {
                LOG.error("\nThe stack did not start: {}\n", e.getMessage());
                System.exit(1);
            }
            return;
        }
        printWelcome(stack, Duration.between(begin, Instant.now()));
        stopped.await();
    }

    /** Starts a stack and returns once every part answers; on failure stops what was started and rethrows. */
    public static RunningStack start(StackOptions options) {
        RunningStack stack = new RunningStack(options);
        try {
            startInto(stack);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static void startInto(RunningStack stack) {
        StackOptions options = stack.options();
        prepareState(options);
        List<StackService> apps = new ArrayList<>();
        if (!options.infrastructureOnly()) {
            apps.addAll(StackService.SERVICES);
            apps.add(StackService.GATEWAY);
            requireJars(options, apps);
        }
        requireFreePorts(options, apps);

        LOG.info("starting PostgreSQL on 127.0.0.1:{} ...", options.ports().postgres());
        PostgresServer postgres = PostgresServer.start(
                options.stateDirectory().resolve("postgres"), options.ports().postgres());
        stack.postgres(postgres);
        for (StackService service : StackService.SERVICES) {
            postgres.createDatabaseIfMissing(service.database());
        }

        LOG.info("starting Keycloak on 127.0.0.1:{} (the first start takes about a minute) ...",
                options.ports().keycloak());
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(() -> stack.keycloak(
                KeycloakServer.options(options.keycloakDistribution(), options.keycloakHome())
                        .port(options.ports().keycloak())
                        .managementPort(options.ports().keycloakManagement())
                        .database(postgres)
                        .realmImport(options.realmDirectory(), RunningStack.REALM)
                        .logFile(options.logDirectory().resolve("keycloak.log"))
                        .start()),
                runnable -> Thread.ofPlatform().name("keycloak-start").start(runnable));

        LOG.info("starting Kafka on 127.0.0.1:{} ...", options.ports().kafka());
        stack.kafka(KafkaBroker.start(options.stateDirectory().resolve("kafka"),
                options.ports().kafka(), options.ports().kafkaController()));

        LOG.info("starting the mail server on 127.0.0.1:{} (SMTP) and {} (IMAP) ...",
                options.ports().mailSmtp(), options.ports().mailImap());
        stack.mail(MailServer.start(options.ports().mailSmtp(), options.ports().mailImap()));

        Map<StackService, ManagedProcess> started = new LinkedHashMap<>();
        Map<StackService, Path> jars = copyJars(options, apps);
        for (StackService app : apps) {
            LOG.info("starting {} on 127.0.0.1:{} ...", app.name(), options.ports().of(app.name()));
            started.put(app, startApplication(stack, app, command(stack, app, jars.get(app))));
        }

        awaitKeycloak(keycloak);
        LOG.info("Keycloak is ready");
        awaitApplications(stack, started, Instant.now().plus(options.startupTimeout()));
        if (options.demoData() && !options.infrastructureOnly()) {
            loadDemoData(stack);
            loadDemoHours(stack);
            loadDemoCommittees(stack);
            loadDemoMeetings(stack);
            loadDemoPublicities(stack);
        }
    }

    /**
     * Loads the seed notices' plans through the gateway (one summary line each). Runs once everything is ready and
     * never fails the start: a plan that does not load is reported and the stack keeps running without it.
     */
    public static List<DemoData.Result> loadDemoData(RunningStack stack) {
        Path directory = stack.options().demoDataDirectory();
        LOG.info("loading the demo data of {} through the gateway ...", directory);
        try {
            List<DemoData.Result> results = new DemoData(demoClient(stack), directory, DEMO_IMPORT_TIMEOUT)
                    .loadAll();
            long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
            LOG.info("demo data: {} plans, {} failed", results.size(), failed);
            return results;
        } catch (RuntimeException e) {
            LOG.warn("demo data not loaded: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * Records the demo applicants' continuing-education hours through the gateway (one summary line per person);
     * like the plans, never fails the start.
     */
    public static List<DemoHours.Result> loadDemoHours(RunningStack stack) {
        try {
            return new DemoHours(demoClient(stack), stack.options().demoDataDirectory()).loadAll();
        } catch (RuntimeException e) {
            LOG.warn("demo hours not loaded: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * Stops one service of a running stack and starts it again from the same jar with {@code extraArguments} added
     * to its command line (Spring settings such as {@code --zhicheng.time.offset=P8D}), and returns once it is ready.
     * For end-to-end tests: what a service keeps across a restart, and what only changes with time.
     */
    public static void restartService(RunningStack stack, String name, List<String> extraArguments) {
        StackService app = StackService.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        stack.stopApplication(name);
        List<String> command = new ArrayList<>(command(stack, app, jarCopy(stack.options(), app)));
        command.addAll(extraArguments);
        LOG.info("starting {} again on 127.0.0.1:{} with {} ...", name, stack.options().ports().of(name),
                extraArguments);
        ManagedProcess process = startApplication(stack, app, command);
        awaitApplications(stack, Map.of(app, process), Instant.now().plus(stack.options().startupTimeout()));
    }

    /** Starts an application's process, logging to {@code <state>/logs/<name>.log}, and registers it. */
    private static ManagedProcess startApplication(RunningStack stack, StackService app, List<String> command) {
        ManagedProcess process = ManagedProcess.builder(app.name(), command)
                .directory(stack.options().repositoryRoot())
                .logFile(stack.options().logDirectory().resolve(app.name() + ".log"))
                .start();
        stack.application(app.name(), process);
        return process;
    }

    /**
     * Registers the demo committees, their experts and expert pools through the gateway (one summary line per
     * committee), after the plans so plan-service links the plans' items to them; never fails the start.
     */
    public static List<DemoCommittees.Result> loadDemoCommittees(RunningStack stack) {
        try {
            return demoCommittees(stack).loadAll();
        } catch (RuntimeException e) {
            LOG.warn("demo committees not loaded: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * Plans, files, approves and draws the demo meetings through the gateway (one summary line each), after the
     * committees and their pools; never fails the start.
     */
    public static List<DemoCommittees.MeetingResult> loadDemoMeetings(RunningStack stack) {
        try {
            return demoCommittees(stack).loadMeetings();
        } catch (RuntimeException e) {
            LOG.warn("demo meetings not loaded: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * Opens the demo publicities through the gateway (one summary line each), after the committees; never fails the
     * start.
     */
    public static List<DemoPublicities.Result> loadDemoPublicities(RunningStack stack) {
        try {
            return new DemoPublicities(demoClient(stack), stack.options().demoDataDirectory()).loadAll();
        } catch (RuntimeException e) {
            LOG.warn("demo publicities not loaded: {}", e.getMessage());
            return List.of();
        }
    }

    private static DemoCommittees demoCommittees(RunningStack stack) {
        return new DemoCommittees(demoClient(stack), stack.options().demoDataDirectory(), Clock.systemUTC());
    }

    /** Calls the stack's gateway as the demo users do. */
    private static GatewayClient demoClient(RunningStack stack) {
        return new GatewayClient(stack.gatewayUrl(), stack.tokenUrl(), DEMO_CALL_TIMEOUT);
    }

    /**
     * Polls every application's readiness until all answer 200. Fails fast when one exits; at the deadline names
     * every application still not ready with its last answer, plus the log tail of the first of them.
     */
    private static void awaitApplications(RunningStack stack, Map<StackService, ManagedProcess> started,
                                          Instant deadline) {
        Map<StackService, Integer> pending = new LinkedHashMap<>();
        started.keySet().forEach(app -> pending.put(app, -1));
        while (!pending.isEmpty()) {
            for (StackService app : List.copyOf(pending.keySet())) {
                ManagedProcess process = started.get(app);
                if (!process.isAlive()) {
                    throw new IllegalStateException(app.name() + " exited with code " + process.exitValue()
                            + "; last lines of " + process.logFile() + ":\n" + process.logTail(TAIL_LINES));
                }
                int status = readiness(stack, app);
                if (status == 200) {
                    pending.remove(app);
                    LOG.info("{} is ready", app.name());
                } else {
                    pending.put(app, status);
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                StringBuilder message = new StringBuilder("not ready after "
                        + stack.options().startupTimeout().toSeconds() + " s:");
                pending.forEach((app, status) -> message.append("\n  ").append(app.name()).append(": ")
                        .append(status < 0 ? "no answer" : "HTTP " + status).append(" from ")
                        .append(readinessUrl(stack, app)));
                ManagedProcess first = started.get(pending.keySet().iterator().next());
                message.append("\nlast lines of ").append(first.logFile()).append(":\n")
                        .append(first.logTail(TAIL_LINES));
                throw new IllegalStateException(message.toString());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static int readiness(RunningStack stack, StackService app) {
        try {
            return Endpoints.status(readinessUrl(stack, app));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + app.name(), e);
        }
    }

    private static String readinessUrl(RunningStack stack, StackService app) {
        return stack.serviceUrlOf(app) + "/actuator/health/readiness";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitKeycloak(CompletableFuture<Void> keycloak) {
        try {
            keycloak.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The application's JVM options and its Spring settings as command-line arguments (docs/conventions.md). */
    private static List<String> command(RunningStack stack, StackService app, Path jar) {
        StackOptions options = stack.options();
        List<String> command = new ArrayList<>(List.of(
                Directories.currentJava(),
                // small heaps and the C1 compiler: seven JVMs share a laptop, start-up time matters more
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8"));
        // with the agent the application exits by itself when this launcher dies (even on kill -9)
        ParentWatch.agentJar().ifPresent(agent -> command.add("-javaagent:" + agent));
        command.addAll(List.of(
                "-jar", jar.toString(),
                "--server.port=" + options.ports().of(app.name()),
                "--server.address=127.0.0.1",
                "--management.endpoint.health.probes.enabled=true",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + stack.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + stack.jwkSetUrl()));
        if (app.equals(StackService.GATEWAY)) {
            for (StackService service : StackService.SERVICES) {
                command.add("--zhicheng.gateway.services." + service.name() + "=" + stack.serviceUrl(service.name()));
            }
            return command;
        }
        String registration = "--spring.security.oauth2.client.registration.zhicheng.";
        command.addAll(List.of(
                "--spring.datasource.url=" + stack.jdbcUrl(app.database()),
                "--spring.datasource.username=" + PostgresServer.USERNAME,
                "--spring.datasource.password=" + PostgresServer.PASSWORD,
                // six applications share one small PostgreSQL: a few connections each are plenty locally
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                "--spring.security.oauth2.client.provider.keycloak.token-uri=" + stack.tokenUrl(),
                registration + "provider=keycloak",
                registration + "authorization-grant-type=client_credentials",
                registration + "client-id=" + app.clientId(),
                registration + "client-secret=" + app.clientSecret()));
        if (app.equals(StackService.NOTIFICATION)) {
            // e-mail goes to the stack's mail server (readable over IMAP); SMS are only logged, no provider is called;
            // webhook secrets are sealed with a demo key, and receivers on this machine may be subscribed
            command.addAll(List.of(
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + stack.mailSmtpPort(),
                    "--zhicheng.notification.sms.mode=log",
                    "--zhicheng.notification.clients.committee=" + stack.serviceUrl("committee"),
                    "--zhicheng.notification.webhooks.encryption-key=" + DEMO_WEBHOOK_KEY,
                    "--zhicheng.notification.webhooks.allowed-private-networks=127.0.0.1/32"));
        }
        return command;
    }

    /**
     * Runs copies of the jars: a Spring Boot jar is read lazily while the application runs, so rebuilding a module
     * (./mvnw install in another terminal) would otherwise break the running application with class-loading errors.
     */
    private static Map<StackService, Path> copyJars(StackOptions options, List<StackService> apps) {
        Map<StackService, Path> copies = new LinkedHashMap<>();
        for (StackService app : apps) {
            Path copy = jarCopy(options, app);
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(options.jar(app), copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + options.jar(app) + " to " + copy, e);
            }
            copies.put(app, copy);
        }
        return copies;
    }

    /** Where the stack runs an application's jar from: {@code <state>/apps/<module>.jar}. */
    private static Path jarCopy(StackOptions options, StackService app) {
        return options.stateDirectory().resolve("apps").resolve(app.module() + ".jar");
    }

    private static void prepareState(StackOptions options) {
        Path state = options.stateDirectory();
        try {
            Files.createDirectories(state);
            stopLeftovers(state);
            if (options.clean()) {
                LOG.info("wiping the data in {} ...", state);
                for (String part : List.of("postgres", "kafka", "logs")) {
                    Directories.deleteRecursively(state.resolve(part));
                }
            }
            Files.createDirectories(options.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + state, e);
        }
    }

    /**
     * After a kill -9 of an earlier launcher its children may still run: stop exactly those recorded in
     * children.pids (same PID and same start time). PostgreSQL's own leftover is handled by PostgresServer.
     */
    static void stopLeftovers(Path state) throws IOException {
        Path file = state.resolve(RunningStack.CHILDREN_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 3) {
                continue;
            }
            long startedAt = Long.parseLong(fields[1]);
            Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedAt);
            child.ifPresent(handle -> {
                LOG.info("stopping {} (pid {}) left over from an earlier run", fields[2], handle.pid());
                ManagedProcess.stopTree(handle, Duration.ofSeconds(20));
            });
        }
        Files.delete(file);
    }

    private static void requireJars(StackOptions options, List<StackService> apps) {
        List<String> missing = apps.stream().map(options::jar).filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing application jars " + missing
                    + ": build them first (./stack up --build, or ./mvnw -B -DskipTests install)");
        }
        if (!Files.isRegularFile(options.realmDirectory().resolve(REALM_FILE))) {
            throw new IllegalStateException("realm file missing: " + options.realmDirectory().resolve(REALM_FILE));
        }
    }

    private static void requireFreePorts(StackOptions options, List<StackService> apps) {
        StackPorts ports = options.ports();
        // PostgreSQL checks its own port, after stopping a postmaster a killed launcher left running
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("Kafka", ports.kafka());
        wanted.put("Kafka controller", ports.kafkaController());
        wanted.put("Keycloak", ports.keycloak());
        wanted.put("Keycloak management", ports.keycloakManagement());
        wanted.put("SMTP", ports.mailSmtp());
        wanted.put("IMAP", ports.mailImap());
        apps.forEach(app -> wanted.put(app.name(), ports.of(app.name())));
        wanted.forEach((what, port) -> FreePorts.requireFree(port, what));
    }

    /** Refuses to start twice on the same state directory; records this launcher's PID for ./stack stop. */
    private static Path claimPidFile(Path state) {
        Path pidFile = state.resolve(PID_FILE);
        try {
            Files.createDirectories(state);
            if (Files.isRegularFile(pidFile)) {
                String recorded = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
                Optional<ProcessHandle> running = recorded.matches("\\d+")
                        ? ProcessHandle.of(Long.parseLong(recorded)).filter(ProcessHandle::isAlive)
                        : Optional.empty();
                if (running.isPresent() && running.get().pid() != ProcessHandle.current().pid()) {
                    throw new IllegalStateException("the stack already runs (pid " + recorded
                            + "); stop it with ./stack stop");
                }
            }
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
            return pidFile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    private static void deletePidFile(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", pidFile, e.getMessage());
        }
    }

    /**
     * The checkout this launcher belongs to: system property {@code zhicheng.repository}, else the nearest parent
     * of this class's jar (or classes directory) holding the realm, else of the working directory.
     */
    public static Path repositoryRoot() {
        String configured = System.getProperty("zhicheng.repository");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        List<Path> starts = new ArrayList<>();
        CodeSource source = LocalStack.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                starts.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location: fall back to the working directory
            }
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("deploy").resolve("keycloak").resolve(REALM_FILE))) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("cannot find the repository root; pass -Dzhicheng.repository=<checkout>");
    }

    private static void printWelcome(RunningStack stack, Duration took) {
        StringBuilder text = new StringBuilder();
        text.append("\nZhicheng is up (").append(took.toSeconds()).append(" s). Stop it with Ctrl-C or ./stack stop.\n\n");
        if (!stack.options().infrastructureOnly()) {
            line(text, "Gateway", stack.gatewayUrl());
            line(text, "Swagger UI", stack.gatewayUrl() + "/swagger-ui.html");
        }
        line(text, "Keycloak admin", stack.keycloakAdminConsoleUrl() + "  (master realm: admin / admin)");
        line(text, "Token URL", stack.tokenUrl());
        if (!stack.options().infrastructureOnly()) {
            for (StackService service : StackService.SERVICES) {
                line(text, service.module(), stack.serviceUrl(service.name()));
            }
        }
        line(text, "Kafka", stack.kafkaBootstrapServers());
        line(text, "Mail SMTP", "127.0.0.1:" + stack.mailSmtpPort() + "  (any sender and recipient, no login)");
        line(text, "Mail IMAP", "127.0.0.1:" + stack.mailImapPort()
                + "  (a mailbox per recipient, login and password the address)");
        line(text, "PostgreSQL", stack.jdbcUrl("<service>") + "  (" + PostgresServer.USERNAME + " / "
                + PostgresServer.PASSWORD + ")");
        line(text, "Logs", stack.options().logDirectory().toString());
        text.append("\nDemo logins, realm ").append(RunningStack.REALM).append(", password ").append(GatewayClient.DEMO_PASSWORD)
                .append(" (demo only):\n");
        line(text, "Shangyu 330604", "applicant.sy employer.sy department.sy office.sy hr.sy expert.sy");
        line(text, "Liandu 331102", "applicant.ld employer.ld department.ld office.ld hr.ld expert.ld");
        line(text, "Shaoxing 3306", "hr.sx");
        line(text, "Quzhou 3308", "office.qz hr.qz");
        line(text, "province 33", "admin");
        text.append("\nA token and a call through the gateway:\n")
                .append("  TOKEN=$(curl -s -d grant_type=password -d client_id=zhicheng-cli -d username=hr.sy \\\n")
                .append("      -d password=").append(GatewayClient.DEMO_PASSWORD).append(' ').append(stack.tokenUrl())
                .append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(stack.gatewayUrl())
                .append("/api/v1/plans\n");
        // notices reach an expert at their profile's address (experts.tsv: e-sy-0001@zhicheng.example is expert.sy),
        // a user who set their own (PUT /api/v1/inbox/preferences) there
        String mailbox = "e-sy-0001@zhicheng.example";
        String login = " -u " + mailbox + ':' + mailbox;
        String inbox = "imap://127.0.0.1:" + stack.mailImapPort() + "/INBOX";
        text.append("\nA drawn expert's mail over IMAP (a mailbox exists from its first message until the stack stops):\n")
                .append("  curl -s --url '").append(inbox).append("' -X 'UID SEARCH ALL'").append(login)
                .append("    # the UIDs\n")
                .append("  curl -s --url '").append(inbox).append(";UID=1'").append(login)
                .append("    # message 1, as sent\n");
        LOG.info(text.toString());
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-22s %s%n", label, value));
    }
}
