package org.zhicheng.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.RunningStack;
import org.zhicheng.stack.StackOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a benchmark runs (a stack given by its gateway, or a temporary one started and stopped for the run) and
 * where its result goes.
 */
final class BenchTarget {

    /** Time stamp in the names of result files. */
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Logger LOG = LoggerFactory.getLogger(BenchTarget.class);

    private BenchTarget() {
    }

    /** Runs {@code benchmark(gatewayUrl, tokenUrl)} against the given gateway, or against a temporary stack. */
    static void run(Path root, String gatewayUrl, String tokenUrl, BiConsumer<String, String> benchmark) {
        if (gatewayUrl != null) {
            benchmark.accept(gatewayUrl, tokenUrl);
            return;
        }
        LOG.info("starting a temporary stack (no --gateway given) ...");
        StackOptions stackOptions = StackOptions.temporary(root)
                .withKeycloakHome(root.resolve("deploy/bench/target/keycloak-home"));
        try (RunningStack stack = LocalStack.start(stackOptions)) {
            benchmark.accept(stack.gatewayUrl(), stack.tokenUrl());
        }
    }

    /**
     * Adds the machine the run had to {@code json} and writes it to {@code <directory>/<benchmark>-<time>.json};
     * returns the file.
     */
    static Path writeResult(Path directory, String benchmark, Instant startedAt, ObjectNode json) {
        ObjectNode machine = json.putObject("machine");
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("java", Runtime.version().toString());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        Path file = directory.resolve(benchmark + "-" + FILE_TIME.format(startedAt) + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, json.toPrettyString() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
