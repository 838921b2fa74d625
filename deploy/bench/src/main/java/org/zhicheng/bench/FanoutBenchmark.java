package org.zhicheng.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.infra.PostgresServer;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.RunningStack;
import org.zhicheng.stack.StackOptions;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events committed in a producer reaching the inboxes and the webhooks of notification-service (issue 9), on a
 * temporary stack this benchmark starts (it restarts notification-service mid-run, which only a stack of its own
 * allows).
 *
 * <p>The producer is committee-service's real outbox: the benchmark commits {@code ExpertDisciplined} events into
 * committee-service's {@code outbox_event} table, one transaction each, at {@code --rate} per second (the row a
 * discipline's transaction writes; the relay publishes it as it publishes every event). Each event names a unit of its
 * own, so its inbox item is told apart; a poller reads notification-service's {@code inbox_item} every 10 ms and takes
 * the first time an item is seen committed as its visibility. Latency = visible − committed.
 *
 * <ol>
 * <li><b>steady</b>: {@code --duration} seconds at the rate after {@code --warmup} seconds: p50/p90/p99/max latency;</li>
 * <li><b>restart</b>: as long again, with notification-service stopped and started again a third of the way in:
 * every committed event must reach exactly one inbox item per inbox (lost and doubled are counted, in the inbox
 * items and in notification-service's inbox table), and the latencies show what the restart costs;</li>
 * <li><b>webhooks</b>: the platform subscribes a receiver on this machine to {@code CommitteeRegistered}; the
 * benchmark commits {@code --webhook-events} of them (each its own committee) and measures deliveries per second at
 * the receiver, first to last, and counts repeats.</li>
 * </ol>
 * Results: {@code deploy/bench/results/event-fanout-<time>.json}.
 */
public final class FanoutBenchmark {

    static {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-bench.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FanoutBenchmark.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COMMITTEE_TOPIC = "zhicheng.committee.events";

    /** The options ({@code --name value}). */
    record Options(int rate, int warmup, int duration, int webhookEvents, Path results) {

        static Options parse(List<String> args, Path defaultResults) {
            int rate = 200;
            int warmup = 5;
            int duration = 30;
            int webhookEvents = 2000;
            Path results = defaultResults;
            for (int i = 0; i < args.size(); i += 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option " + args.get(i) + " needs a value");
                }
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--rate" -> rate = positive("--rate", value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--duration" -> duration = positive("--duration", value);
                    case "--webhook-events" -> webhookEvents = positive("--webhook-events", value);
                    case "--results" -> results = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(rate, warmup, duration, webhookEvents, results);
        }

        private static int positive(String name, String value) {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return number;
        }
    }

    private FanoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = LocalStack.repositoryRoot();
        Options options = Options.parse(List.of(args), root.resolve("deploy/bench/results"));
        StackOptions stackOptions = StackOptions.temporary(root)
                .withKeycloakHome(root.resolve("deploy/bench/target/keycloak-home"));
        try (RunningStack stack = LocalStack.start(stackOptions)) {
            run(options, stack);
        }
    }

    private static void run(Options options, RunningStack stack) throws Exception {
        Instant startedAt = Instant.now();
        String run = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode result = JSON.createObjectNode();
        result.put("benchmark", "event-fanout");
        result.put("startedAt", startedAt.toString());
        result.put("rate", options.rate());
        result.put("warmupSeconds", options.warmup());
        result.put("durationSeconds", options.duration());

        try (Connection committee = connect(stack, "committee");
             Connection notification = connect(stack, "notification")) {
            Producer producer = new Producer(committee, run);
            Visibility inbox = new Visibility(notification);
            inbox.start();
            try {
                LOG.info("warm-up: {} s at {} events/s ...", options.warmup(), options.rate());
                produce(producer, options.rate(), options.warmup(), null);
                inbox.await(producer.committed(), Duration.ofSeconds(60));
                producer.reset();
                inbox.reset();

                LOG.info("steady: {} s at {} events/s ...", options.duration(), options.rate());
                double steadyRate = produce(producer, options.rate(), options.duration(), null);
                inbox.await(producer.committed(), Duration.ofSeconds(60));
                result.set("steady", report(producer, inbox, steadyRate, notification, committee));
                producer.reset();
                inbox.reset();

                LOG.info("restart: {} s at {} events/s, notification-service restarted after {} s ...",
                        options.duration(), options.rate(), options.duration() / 3);
                double restartRate = produce(producer, options.rate(), options.duration(), new Restart(
                        options.duration() / 3, () -> LocalStack.restartService(stack, "notification", List.of())));
                inbox.await(producer.committed(), Duration.ofSeconds(120));
                result.set("restart", report(producer, inbox, restartRate, notification, committee));
            } finally {
                inbox.stop();
            }
            result.set("webhooks", webhooks(stack, committee, options.webhookEvents(), run));
        }
        Path file = BenchTarget.writeResult(options.results(), "event-fanout", startedAt, result);
        LOG.info("\n{}\nwritten to {}", result.toPrettyString(), file);
    }

    /** Commits events at {@code rate} for {@code seconds}; answers the rate achieved. */
    private static double produce(Producer producer, int rate, int seconds, Restart restart)
            throws InterruptedException {
        if (seconds <= 0) {
            return 0;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        long periodNanos = 1_000_000_000L / rate;
        long begin = System.nanoTime();
        scheduler.scheduleAtFixedRate(() -> {
            if (sent.get() < total) {
                producer.commitOne();
                sent.incrementAndGet();
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        if (restart != null) {
            Thread.sleep(Duration.ofSeconds(restart.afterSeconds()));
            long restartBegin = System.nanoTime();
            restart.action().run();
            LOG.info("notification-service restarted in {} ms", (System.nanoTime() - restartBegin) / 1_000_000);
        }
        while (sent.get() < total) {
            Thread.sleep(20);
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        return total / elapsed;
    }

    private record Restart(int afterSeconds, Runnable action) {
    }

    private static ObjectNode report(Producer producer, Visibility inbox, double rate, Connection notification,
            Connection committee) throws SQLException {
        Map<UUID, Instant> committed = producer.commitTimes();
        double[] latencies = committed.entrySet().stream()
                .filter(e -> inbox.seen().containsKey(e.getKey()))
                .mapToDouble(e -> Duration.between(e.getValue(), inbox.seen().get(e.getKey())).toNanos() / 1e6)
                .sorted().toArray();
        ObjectNode json = JSON.createObjectNode();
        json.put("committed", committed.size());
        json.put("eventsPerSecond", Math.round(rate * 10) / 10.0);
        json.put("visible", latencies.length);
        json.put("lost", committed.size() - latencies.length);
        json.put("doubled", doubled(notification, committed.keySet()));
        json.put("p50Ms", percentile(latencies, 50));
        json.put("p90Ms", percentile(latencies, 90));
        json.put("p99Ms", percentile(latencies, 99));
        json.put("maxMs", latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
        // the part the producer's outbox relay took: from the row's commit to its acknowledgement by Kafka
        double[] relay = relayDelays(committee, committed.keySet());
        json.put("relayP50Ms", percentile(relay, 50));
        json.put("relayP99Ms", percentile(relay, 99));
        LOG.info("{}", json);
        return json;
    }

    private static double[] relayDelays(Connection committee, Set<UUID> events) throws SQLException {
        try (PreparedStatement statement = committee.prepareStatement("""
                SELECT EXTRACT(EPOCH FROM (sent_at - created_at)) * 1000 FROM outbox_event
                WHERE id = ANY(?) AND sent_at IS NOT NULL""")) {
            statement.setArray(1, committee.createArrayOf("uuid", events.toArray(UUID[]::new)));
            List<Double> delays = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    delays.add(rs.getDouble(1));
                }
            }
            return delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /** Inbox items beyond one per event and inbox, and inbox-table rows beyond one per event and consumer. */
    private static long doubled(Connection notification, Set<UUID> events) throws SQLException {
        UUID[] ids = events.toArray(UUID[]::new);
        long extra = 0;
        try (PreparedStatement items = notification.prepareStatement("""
                SELECT count(*) - count(DISTINCT (source_event_id, address_kind, address_id)) FROM inbox_item
                WHERE source_event_id = ANY(?)""");
             PreparedStatement inbox = notification.prepareStatement("""
                SELECT count(*) - count(DISTINCT (event_id, consumer)) FROM inbox_event WHERE event_id = ANY(?)""")) {
            for (PreparedStatement statement : List.of(items, inbox)) {
                statement.setArray(1, notification.createArrayOf("uuid", ids));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    extra += rs.getLong(1);
                }
            }
        }
        return extra;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] * 10) / 10.0;
    }

    /** committee-service's outbox as the benchmark's producer: one committed ExpertDisciplined per call. */
    private static final class Producer {

        private final Connection connection;
        private final String run;
        private final AtomicInteger number = new AtomicInteger();
        private final Map<UUID, Instant> commitTimes = new ConcurrentHashMap<>();
        private final PreparedStatement insert;

        Producer(Connection connection, String run) throws SQLException {
            this.connection = connection;
            this.run = run;
            this.insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (id, topic, event_key, type, version, payload, occurred_at, created_at,
                        next_attempt_at)
                    VALUES (?, ?, ?, ?, 1, ?::jsonb, ?, ?, ?)""");
        }

        synchronized void commitOne() {
            UUID id = UUID.randomUUID();
            int n = number.incrementAndGet();
            String expert = "E-BENCH-" + run + "-" + n;
            Instant now = Instant.now();
            Map<String, Object> data = Map.of("recordId", UUID.randomUUID().toString(), "expert", expert,
                    "name", "基准专家" + n, "unit", "U-BENCH-" + run + "-" + n, "region", "330604", "kind", "BREACH",
                    "reason", "event-fanout benchmark", "committees", List.of("SY-ENG-MID"),
                    "disciplinedBy", "bench", "disciplinedAt", now.toString());
            Map<String, Object> envelope = Map.of("id", id.toString(), "type", "ExpertDisciplined", "version", 1,
                    "occurredAt", now.toString(), "source", "committee-service", "subject", expert,
                    "actor", "bench", "data", data);
            try {
                insert.setObject(1, id);
                insert.setString(2, COMMITTEE_TOPIC);
                insert.setString(3, expert);
                insert.setString(4, "ExpertDisciplined");
                insert.setString(5, JSON.writeValueAsString(envelope));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.setTimestamp(7, Timestamp.from(now));
                insert.setTimestamp(8, Timestamp.from(now));
                insert.executeUpdate();
                commitTimes.put(id, Instant.now());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot commit an outbox row", e);
            }
        }

        Map<UUID, Instant> commitTimes() {
            return commitTimes;
        }

        Set<UUID> committed() {
            return commitTimes.keySet();
        }

        void reset() {
            commitTimes.clear();
        }
    }

    /** Polls notification-service's inbox items every 10 ms: when each benchmark event's unit item became visible. */
    private static final class Visibility {

        private final Connection connection;
        private final Map<UUID, Instant> seen = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread poller;
        private volatile Timestamp since = Timestamp.from(Instant.now().minusSeconds(5));

        Visibility(Connection connection) {
            this.connection = connection;
        }

        void start() {
            poller = Thread.ofPlatform().name("inbox-poller").start(() -> {
                while (running.get()) {
                    poll();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void poll() {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT source_event_id, created_at FROM inbox_item
                    WHERE type = 'EXPERT_DISCIPLINED' AND address_kind = 'UNIT' AND created_at >= ?""")) {
                statement.setTimestamp(1, since);
                Instant now = Instant.now();
                Timestamp latest = since;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        seen.putIfAbsent(rs.getObject(1, UUID.class), now);
                        Timestamp created = rs.getTimestamp(2);
                        if (created.after(latest)) {
                            latest = created;
                        }
                    }
                }
                // items commit a little after their created_at: look back a second
                since = new Timestamp(latest.getTime() - 1000);
            } catch (SQLException e) {
                LOG.warn("inbox poll failed: {}", e.getMessage());
            }
        }

        Map<UUID, Instant> seen() {
            return seen;
        }

        void reset() {
            seen.clear();
        }

        void await(Set<UUID> events, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!seen.keySet().containsAll(events) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            poller.join();
        }
    }

    /** Subscribes a receiver to CommitteeRegistered, commits that many registrations, measures deliveries/s. */
    private static ObjectNode webhooks(RunningStack stack, Connection committee, int events, String run)
            throws Exception {
        Map<String, Integer> received = new ConcurrentHashMap<>();
        List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            String delivery = exchange.getRequestHeaders().getFirst("Zhicheng-Delivery");
            received.merge(delivery == null ? "?" : delivery, 1, Integer::sum);
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            GatewayClient platform = new GatewayClient(stack.gatewayUrl(), stack.tokenUrl(), Duration.ofSeconds(30));
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            GatewayClient.Reply subscribed = platform.postJson("/api/v1/webhooks", platform.clientToken("platform"),
                    JSON.writeValueAsString(Map.of("url", hook, "eventTypes", List.of("CommitteeRegistered"))));
            if (subscribed.status() != 201) {
                throw new IllegalStateException("subscription refused: " + subscribed.body());
            }
            LOG.info("webhooks: committing {} CommitteeRegistered events ...", events);
            try (PreparedStatement insert = committee.prepareStatement("""
                    INSERT INTO outbox_event (id, topic, event_key, type, version, payload, occurred_at, created_at,
                        next_attempt_at)
                    VALUES (?, ?, ?, 'CommitteeRegistered', 1, ?::jsonb, now(), now(), now())""")) {
                for (int n = 1; n <= events; n++) {
                    String code = "WH-" + run + "-" + n;
                    UUID id = UUID.randomUUID();
                    Map<String, Object> data = Map.ofEntries(Map.entry("committeeId", UUID.randomUUID().toString()),
                            Map.entry("code", code), Map.entry("name", "基准评委会 " + code),
                            Map.entry("level", "INTERMEDIATE"), Map.entry("kind", "REGULAR"),
                            Map.entry("series", "ENGINEERING"), Map.entry("specialties", List.of()),
                            Map.entry("evaluatedTitles", List.of()), Map.entry("recommendedTitles", List.of()),
                            Map.entry("territory", "330604"), Map.entry("registeredBy", "bench"),
                            Map.entry("registeredAt", Instant.now().toString()));
                    insert.setObject(1, id);
                    insert.setString(2, COMMITTEE_TOPIC);
                    insert.setString(3, code);
                    insert.setString(4, JSON.writeValueAsString(Map.of("id", id.toString(),
                            "type", "CommitteeRegistered", "version", 1, "occurredAt", Instant.now().toString(),
                            "source", "committee-service", "subject", code, "actor", "bench", "data", data)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (received.size() < events && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            long[] times = arrivals.stream().mapToLong(Long::longValue).sorted().toArray();
            double seconds = times.length < 2 ? 0 : (times[times.length - 1] - times[0]) / 1e9;
            ObjectNode json = JSON.createObjectNode();
            json.put("events", events);
            json.put("delivered", received.size());
            json.put("repeats", received.values().stream().mapToInt(count -> count - 1).sum());
            json.put("deliveriesPerSecond", seconds == 0 ? 0 : Math.round(received.size() / seconds * 10) / 10.0);
            json.put("firstToLastSeconds", Math.round(seconds * 100) / 100.0);
            LOG.info("{}", json);
            return json;
        } finally {
            receiver.stop(0);
        }
    }

    private static Connection connect(RunningStack stack, String database) throws SQLException {
        Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), PostgresServer.USERNAME,
                PostgresServer.PASSWORD);
        connection.setAutoCommit(true);
        return connection;
    }
}
