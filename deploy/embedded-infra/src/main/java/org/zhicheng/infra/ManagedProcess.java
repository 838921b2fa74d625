package org.zhicheng.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process with its output in a log file: started, probed until ready, stopped by PID together with every
 * process it spawned (a start script that forks instead of exec-ing must not leave its JVM behind).
 */
public final class ManagedProcess implements AutoCloseable {

    /** A readiness check; exceptions count as "not ready yet". */
    @FunctionalInterface
    public interface Probe {
        boolean ready() throws Exception;
    }

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts describing a process called {@code name} (used in messages) running {@code command}. */
    public static Builder builder(String name, List<String> command) {
        return new Builder(name, command);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code; only meaningful once {@link #isAlive()} is false. */
    public int exitValue() {
        return process.exitValue();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Polls {@code probe} until it says ready. Fails with the tail of the log when the process exits first or the
     * timeout passes; the process is left running in the timeout case so the caller decides (usually close()).
     */
    public void awaitReady(Duration timeout, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + logFile + ":\n" + logTail(TAIL_LINES));
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            } catch (Exception e) {
                last = e;
            }
            sleep(PROBE_INTERVAL);
        }
        String lastProbe = last == null ? "" : " (last probe: " + last + ")";
        IllegalStateException failure = new IllegalStateException(name + " was not ready after "
                + timeout.toSeconds() + " s" + lastProbe + "; last lines of " + logFile + ":\n"
                + logTail(TAIL_LINES));
        if (last != null) {
            failure.addSuppressed(last);
        }
        throw failure;
    }

    /** The last {@code lines} lines of the process's log (empty when there is none yet). */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    /** Stops the process tree: a polite signal first, then a kill for whatever outlived {@code grace}. */
    public void stop(Duration grace) {
        stopTree(process.toHandle(), grace);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /**
     * Stops {@code root} and all its descendants by PID: SIGTERM to each, wait up to {@code grace}, SIGKILL the
     * rest. The descendants are collected before the signal because they get re-parented once the root dies.
     */
    public static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                await(handle, Duration.ofNanos(left));
            }
        }
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                await(handle, Duration.ofSeconds(10));
            }
        }
    }

    /** The last {@code lines} lines of a text file, read from its end so large logs stay cheap. */
    private static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int chunk = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[chunk];
            in.seek(length - chunk);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] all = text.split("\r?\n");
            int from = Math.max(0, all.length - lines);
            return String.join("\n", List.of(all).subList(from, all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void await(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive or not observable: the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Describes a process before it starts. */
    public static final class Builder {

        private final String name;
        private final List<String> command;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path directory;
        private Path logFile;

        private Builder(String name, List<String> command) {
            this.name = Objects.requireNonNull(name);
            this.command = List.copyOf(command);
        }

        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Where stdout and stderr go (appended, so earlier runs stay readable). Required. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /**
         * Starts the process. Its stdin stays an open pipe owned by this JVM: children that watch for EOF on it
         * (see {@link KafkaMain}) exit when this JVM dies, even on kill -9.
         */
        public ManagedProcess start() {
            Objects.requireNonNull(logFile, "logFile");
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
                if (directory != null) {
                    builder.directory(directory.toFile());
                }
                builder.environment().putAll(environment);
                return new ManagedProcess(name, builder.start(), logFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
            }
        }
    }
}
