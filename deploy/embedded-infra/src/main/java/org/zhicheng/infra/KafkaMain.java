package org.zhicheng.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Entry point of the broker's child JVM: {@code KafkaMain <server.properties> <cluster-id>}. Formats the storage
 * on first use, then runs {@code kafka.Kafka}. The JVM exits as soon as its stdin reaches EOF, which happens when
 * the parent JVM dies for any reason (kill -9 included), so no orphaned broker keeps ports and files busy.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KafkaMain <server.properties> <cluster-id>");
        }
        ParentWatch.start(System.in);
        // Ctrl-C in a terminal signals the whole foreground process group; the broker must outlive the
        // applications that still flush to it, so it ignores SIGINT and waits for its owner's SIGTERM
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        Path config = Path.of(args[0]);
        formatIfNeeded(config, args[1]);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    private static void formatIfNeeded(Path config, String clusterId) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        Path logDir = Path.of(properties.getProperty("log.dirs"));
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        int code = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
                new PrintStream(System.out, true));
        if (code != 0) {
            throw new IllegalStateException("formatting the Kafka storage in " + logDir + " failed with " + code);
        }
    }
}
