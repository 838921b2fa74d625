package org.zhicheng.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What {@link LocalStack#start(StackOptions)} starts and where it keeps its state.
 *
 * @param repositoryRoot     the checkout: service jars are {@code <module>/target/<module>.jar} below it and the
 *                           realm is {@code deploy/keycloak/}
 * @param stateDirectory     PostgreSQL data, Kafka logs, process logs, pid files
 * @param temporary          delete {@code stateDirectory} when the stack stops
 * @param clean              wipe the data in {@code stateDirectory} before starting (the unpacked Keycloak stays)
 * @param infrastructureOnly start PostgreSQL, Kafka, Keycloak and the mail server but no service and no gateway
 * @param keycloakHome       where the Keycloak distribution is unpacked; keep it between runs to start faster
 * @param keycloakDistribution the {@code keycloak-quarkus-dist} zip
 * @param ports              fixed or free ports
 * @param startupTimeout     how long each application may take to become ready
 * @param demoData           once everything is ready, load the seed notices' plans of {@code deploy/demo-data}
 *                           through the API ({@link org.zhicheng.stack.demo.DemoData}), then the demo
 *                           applicants' continuing-education hours ({@link org.zhicheng.stack.demo.DemoHours}),
 *                           then the demo committees with their experts and pools
 *                           ({@link org.zhicheng.stack.demo.DemoCommittees})
 */
public record StackOptions(Path repositoryRoot, Path stateDirectory, boolean temporary, boolean clean,
                           boolean infrastructureOnly, Path keycloakHome, Path keycloakDistribution,
                           StackPorts ports, Duration startupTimeout, boolean demoData) {

    private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(4);

    /** The README's stack: state in {@code <root>/.stack}, the documented ports, the demo data loaded. */
    public static StackOptions fixed(Path repositoryRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Path state = root.resolve(".stack");
        return new StackOptions(root, state, false, false, false, state.resolve("keycloak"),
                defaultKeycloakDistribution(), StackPorts.fixed(), DEFAULT_STARTUP_TIMEOUT, true);
    }

    /**
     * A stack for tests: a fresh temporary state directory (deleted on close) and free ports; no demo data (the
     * tests that want it load it themselves).
     */
    public static StackOptions temporary(Path repositoryRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Path state;
        try {
            state = Files.createTempDirectory("zhicheng-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
        return new StackOptions(root, state, true, false, false, state.resolve("keycloak"),
                defaultKeycloakDistribution(), StackPorts.free(), DEFAULT_STARTUP_TIMEOUT, false);
    }

    public StackOptions withClean(boolean wipe) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, wipe, infrastructureOnly, keycloakHome,
                keycloakDistribution, ports, startupTimeout, demoData);
    }

    public StackOptions withInfrastructureOnly(boolean only) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, clean, only, keycloakHome,
                keycloakDistribution, ports, startupTimeout, demoData);
    }

    /** Reuses an unpacked Keycloak (e.g. {@code target/keycloak-home} in tests) instead of unpacking it again. */
    public StackOptions withKeycloakHome(Path home) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, clean, infrastructureOnly, home,
                keycloakDistribution, ports, startupTimeout, demoData);
    }

    public StackOptions withKeycloakDistribution(Path zip) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, clean, infrastructureOnly, keycloakHome,
                zip, ports, startupTimeout, demoData);
    }

    public StackOptions withStartupTimeout(Duration timeout) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, clean, infrastructureOnly, keycloakHome,
                keycloakDistribution, ports, timeout, demoData);
    }

    public StackOptions withDemoData(boolean load) {
        return new StackOptions(repositoryRoot, stateDirectory, temporary, clean, infrastructureOnly, keycloakHome,
                keycloakDistribution, ports, startupTimeout, load);
    }

    Path logDirectory() {
        return stateDirectory.resolve("logs");
    }

    /** The seed notices' plans and their manifest. */
    public Path demoDataDirectory() {
        return repositoryRoot.resolve("deploy").resolve("demo-data");
    }

    Path realmDirectory() {
        return repositoryRoot.resolve("deploy").resolve("keycloak");
    }

    Path jar(StackService service) {
        return repositoryRoot.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }

    /**
     * The zip the build downloaded: the path recorded at build time (stack.properties, filtered by Maven), else
     * the standard place in the local Maven repository for the recorded version.
     */
    static Path defaultKeycloakDistribution() {
        Properties build = new Properties();
        try (InputStream in = StackOptions.class.getResourceAsStream("stack.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stack.properties", e);
        }
        String recorded = build.getProperty("keycloak.distribution", "");
        if (!recorded.isBlank() && !recorded.startsWith("@") && Files.isRegularFile(Path.of(recorded))) {
            return Path.of(recorded);
        }
        String version = build.getProperty("keycloak.version", "26.7.3");
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".zip");
    }
}
