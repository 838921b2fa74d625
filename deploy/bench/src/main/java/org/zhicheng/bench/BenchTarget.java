package org.zhicheng.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.RunningStack;
import org.zhicheng.stack.StackOptions;

/** Where a benchmark runs: a stack given by its gateway, or a temporary one started (and stopped) for the run. */
final class BenchTarget {

    /** Time stamp in the names of result files. */
    static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
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
}
