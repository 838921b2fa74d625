package org.zhicheng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compliance check at a deadline surge (issue 4, item 4): seeds {@code --people} Liandu people's hours for 2023
 * and 2024 through {@code POST /api/v1/education/records} as the demo employer (every third person short of
 * professional hours in 2023), then sends {@code POST /api/v1/education/compliance-checks} through the gateway as
 * the {@code platform} client at a fixed concurrency (closed loop) for a fixed time, and prints checks/s and latency
 * percentiles, also as JSON to {@code deploy/bench/results/compliance-check-<time>.json}.
 *
 * <p>Options ({@code --name value}): {@code --gateway}, {@code --token-url} (a running stack; default: start a
 * temporary one), {@code --people} (200), {@code --concurrency} (8), {@code --warmup} (10 s), {@code --duration}
 * (60 s), {@code --results}.
 */
public final class ComplianceCheckBenchmark {

    static {
        // as PlanSearchBenchmark: the launcher's logback.xml names only its own loggers
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-bench.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceCheckBenchmark.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHECK = """
            {"person":"%s","region":"331102","level":"INTERMEDIATE","series":"ENGINEERING","applicationYear":2024,\
            "requiredYears":2,"education":"BACHELOR","route":"EVALUATION"}""";

    /** The options; see the class comment. */
    record Options(String gatewayUrl, String tokenUrl, int people, int concurrency, Duration warmup,
                   Duration duration, Path results) {

        static Options parse(List<String> args, Path defaultResults) {
            String gateway = null;
            String tokenUrl = BenchOptions.LOCAL_TOKEN_URL;
            int people = 200;
            int concurrency = 8;
            int warmup = 10;
            int duration = 60;
            Path results = defaultResults;
            for (int i = 0; i < args.size(); i += 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option " + args.get(i) + " needs a value");
                }
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--gateway" -> gateway = value;
                    case "--token-url" -> tokenUrl = value;
                    case "--people" -> people = positive("--people", value);
                    case "--concurrency" -> concurrency = positive("--concurrency", value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--duration" -> duration = positive("--duration", value);
                    case "--results" -> results = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(gateway, tokenUrl, people, concurrency, Duration.ofSeconds(warmup),
                    Duration.ofSeconds(duration), results);
        }

        private static int positive(String name, String value) {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return number;
        }
    }

    private ComplianceCheckBenchmark() {
    }

    public static void main(String[] args) {
        Path root = LocalStack.repositoryRoot();
        Options options = Options.parse(List.of(args), root.resolve("deploy/bench/results"));
        BenchTarget.run(root, options.gatewayUrl(), options.tokenUrl(),
                (gateway, tokens) -> run(options, gateway, tokens));
    }

    private static void run(Options options, String gatewayUrl, String tokenUrl) {
        Instant startedAt = Instant.now();
        GatewayClient client = new GatewayClient(gatewayUrl, tokenUrl, Duration.ofSeconds(60));
        // person ids of this run only: a second run against the same stack seeds fresh people and certificates
        String run = Long.toString(startedAt.getEpochSecond(), 36).toUpperCase();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < options.people(); i++) {
            people.add("P-BENCH-" + run + "-" + i);
        }
        LOG.info("seeding the hours of {} people through {} ...", people.size(), gatewayUrl);
        long seedStart = System.nanoTime();
        seed(client, people);
        Duration seedTook = Duration.ofNanos(System.nanoTime() - seedStart);
        LOG.info("seeded {} records in {} s", people.size() * 6, seedTook.toSeconds());

        LOG.info("checking with {} clients: {} s warm-up, then {} s measured ...", options.concurrency(),
                options.warmup().toSeconds(), options.duration().toSeconds());
        Outcome outcome = load(gatewayUrl, client, people, options);

        ObjectNode json = JSON.createObjectNode();
        json.put("benchmark", "compliance-check");
        json.put("startedAt", startedAt.toString());
        json.put("gateway", gatewayUrl);
        ObjectNode parameters = json.putObject("parameters");
        parameters.put("people", people.size());
        parameters.put("recordsSeeded", people.size() * 6);
        parameters.put("seedSeconds", seedTook.toMillis() / 1000.0);
        parameters.put("concurrency", options.concurrency());
        parameters.put("warmupSeconds", options.warmup().toSeconds());
        parameters.put("durationSeconds", options.duration().toSeconds());
        parameters.put("caller", "platform (client credentials)");
        parameters.put("check", "331102 INTERMEDIATE ENGINEERING 2024, 2 required years, BACHELOR, EVALUATION");
        ObjectNode results = json.putObject("results");
        results.put("measuredSeconds", outcome.measured().toMillis() / 1000.0);
        results.put("checks", outcome.latencies().length);
        results.put("compliant", outcome.compliant());
        results.put("nonCompliant", outcome.latencies().length - outcome.compliant());
        results.put("errors", outcome.errors());
        results.put("checksPerSecond", Math.round(outcome.perSecond() * 10) / 10.0);
        ObjectNode latency = results.putObject("latencyMs");
        latency.put("p50", percentile(outcome.latencies(), 50));
        latency.put("p90", percentile(outcome.latencies(), 90));
        latency.put("p99", percentile(outcome.latencies(), 99));
        latency.put("max", percentile(outcome.latencies(), 100));
        if (outcome.firstError() != null) {
            results.put("firstError", outcome.firstError());
        }
        Path file = BenchTarget.writeResult(options.results(), "compliance-check", startedAt, json);
        LOG.info(String.format("%ncompliance check through the gateway%n"
                        + "  seeded      %d people, %d records (%d s)%n"
                        + "  load        %d clients, %d s warm-up, %.1f s measured%n"
                        + "  checks      %d ok (%d compliant), %d errors, %.1f checks/s%n"
                        + "  latency ms  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n%s",
                people.size(), people.size() * 6, seedTook.toSeconds(), options.concurrency(),
                options.warmup().toSeconds(), outcome.measured().toMillis() / 1000.0, outcome.latencies().length,
                outcome.compliant(), outcome.errors(), outcome.perSecond(), percentile(outcome.latencies(), 50),
                percentile(outcome.latencies(), 90), percentile(outcome.latencies(), 99),
                percentile(outcome.latencies(), 100),
                outcome.firstError() == null ? "" : "  first error: " + outcome.firstError() + "\n"));
        LOG.info("written to {}", file);
    }

    /** Six entries per person (three categories, 2023 and 2024) as employer.ld, four at a time. */
    private static void seed(GatewayClient client, List<String> people) {
        String token = client.token("employer.ld");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                String person = people.get(i);
                boolean short2023 = i % 3 == 2;
                done.add(pool.submit(() -> {
                    for (int year = 2023; year <= 2024; year++) {
                        int professional = year == 2023 && short2023 ? 40 : 72;
                        record(client, token, person, year, "GENERAL_PUBLIC", 12);
                        record(client, token, person, year, "INDUSTRY_PUBLIC", 6);
                        record(client, token, person, year, "PROFESSIONAL", professional);
                    }
                }));
            }
            DrawBenchmark.await(done);
        }
    }

    private static void record(GatewayClient client, String token, String person, int year, String category,
                               int hours) {
        String body = """
                {"person":"%s","region":"331102","unit":"LD-U001","year":%d,"category":"%s","hours":%d,\
                "source":{"system":"bench","certificateNumber":"%s-%d-%s"}}""".formatted(person, year, category,
                hours, person, year, category);
        GatewayClient.Reply reply = client.postJson("/api/v1/education/records", token, body);
        if (reply.status() != 201) {
            throw new IllegalStateException("POST /api/v1/education/records for " + person + " " + year + " "
                    + category + ": HTTP " + reply.status() + " " + reply.body());
        }
    }

    private record Outcome(Duration measured, long[] latencies, long compliant, long errors, double perSecond,
                           String firstError) {
    }

    /** The checks, as the {@code platform} client (its token renewed by {@code client} before it expires). */
    private static Outcome load(String gatewayUrl, GatewayClient client, List<String> people, Options options) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        long measureFrom = System.nanoTime() + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        AtomicLong compliant = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perWorker = new ArrayList<>();
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < options.concurrency(); w++) {
            SplittableRandom random = new SplittableRandom(7L + w);
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread thread = Thread.ofPlatform().name("check-" + w).start(() -> {
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= measureUntil) {
                        break;
                    }
                    String person = people.get(random.nextInt(people.size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl
                                    + "/api/v1/education/compliance-checks"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + client.clientToken("platform"))
                            .POST(HttpRequest.BodyPublishers.ofString(CHECK.formatted(person)))
                            .build();
                    String error = null;
                    boolean isCompliant = false;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            isCompliant = JSON.readTree(response.body()).path("compliant").asBoolean();
                        } else {
                            error = "HTTP " + response.statusCode() + " " + response.body();
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long end = System.nanoTime();
                    if (begin < measureFrom) {
                        continue;
                    }
                    if (error != null) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = error.length() > 500 ? error.substring(0, 500) : error;
                            }
                        }
                        continue;
                    }
                    if (isCompliant) {
                        compliant.incrementAndGet();
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = end - begin;
                }
                synchronized (perWorker) {
                    perWorker.add(Arrays.copyOf(mine[0], count[0]));
                }
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Duration measured = Duration.ofNanos(Math.max(1, System.nanoTime() - measureFrom));
        return new Outcome(measured, all, compliant.get(), errors.get(), all.length / (measured.toNanos() / 1e9),
                firstError[0]);
    }

    /** Nearest-rank percentile in milliseconds, rounded to hundredths; 0 without answers. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] / 1e4) / 100.0;
    }
}
