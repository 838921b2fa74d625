package org.zhicheng.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Ends a child JVM when its parent goes away. The parent ({@link ManagedProcess}) keeps the child's stdin as an
 * open pipe and never writes to it; the operating system closes that pipe whenever the parent dies, kill -9
 * included, so EOF on stdin means "parent gone". Started by {@link KafkaMain} for the broker and, as a Java agent
 * ({@code -javaagent:embedded-infra.jar}), in the services and Keycloak of the local stack.
 */
public final class ParentWatch {

    private static final long EXIT_DEADLINE_MILLIS = 20_000;

    private ParentWatch() {
    }

    /** Agent entry point: {@code -javaagent:<embedded-infra jar>} runs this before the application's main. */
    public static void premain(String arguments) {
        start(System.in);
    }

    /**
     * The jar holding this class, usable as {@code -javaagent:}; empty when the class comes from a directory
     * (this module's own build), where children simply run without the watch.
     */
    public static Optional<Path> agentJar() {
        CodeSource source = ParentWatch.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Watches {@code parentPipe} on a daemon thread and exits the JVM at EOF. */
    public static void start(InputStream parentPipe) {
        Thread watcher = new Thread(() -> {
            try {
                while (parentPipe.read() >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone as well
            }
            exit();
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** A clean shutdown (shutdown hooks) keeps the next start fast; if it hangs, the process goes anyway. */
    private static void exit() {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(EXIT_DEADLINE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watch-deadline");
        deadline.setDaemon(true);
        deadline.start();
        System.exit(0);
    }
}
