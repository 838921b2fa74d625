package org.zhicheng.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verifiable panel draw from a large pool (issue capability 4: "a benchmark shows a draw from a pool of 10,000
 * experts"). Seeds through the gateway, as the demo users: the committee {@code SY-ENG-MID} (registered by
 * {@code hr.sy} when absent), {@code --experts} experts (default 10,000) of Shangyu in 500 units, put in the
 * committee's pool by requests of 200 additions that {@code hr.sy} approves, and {@code --warmup} + {@code --draws}
 * meetings, each with {@code --applications} assigned applications (default 50, whose units exclude about a tenth of
 * the pool), filed and approved. Then, one meeting after the other (a meeting is drawn once), it measures the commit
 * ({@code POST /api/v1/meetings/{id}/draws}: eligibility over the whole pool, pseudonyms, commitment, the pool
 * written), the drawing ({@code POST …/{drawId}/draw}: restore by replay, selection, log) and the public replay
 * ({@code GET …/{drawId}/replay}, anonymous), and writes draws/s and latency percentiles to
 * {@code deploy/bench/results/panel-draw-<time>.json}.
 *
 * <p>Options ({@code --name value}): {@code --gateway}, {@code --token-url} (a running stack; default: start a
 * temporary one), {@code --experts} (10000), {@code --applications} (50), {@code --draws} (20), {@code --warmup} (3),
 * {@code --panel-size} (9), {@code --alternates} (4), {@code --results}.
 */
public final class DrawBenchmark {

    static {
        // as PlanSearchBenchmark: the launcher's logback.xml names only its own loggers
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-bench.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DrawBenchmark.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");
    static final String COMMITTEE = "SY-ENG-MID";
    static final String SPECIALTY = "机电制造";
    private static final int UNITS = 500;
    private static final int PER_POOL_REQUEST = 200;

    /** The options; see the class comment. */
    record Options(String gatewayUrl, String tokenUrl, int experts, int applications, int draws, int warmup,
                   int panelSize, int alternates, Path results) {

        static Options parse(List<String> args, Path defaultResults) {
            String gateway = null;
            String tokenUrl = BenchOptions.LOCAL_TOKEN_URL;
            int experts = 10_000;
            int applications = 50;
            int draws = 20;
            int warmup = 3;
            int panelSize = 9;
            int alternates = 4;
            Path results = defaultResults;
            for (int i = 0; i < args.size(); i += 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option " + args.get(i) + " needs a value");
                }
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--gateway" -> gateway = value;
                    case "--token-url" -> tokenUrl = value;
                    case "--experts" -> experts = atLeast("--experts", value, 1);
                    case "--applications" -> applications = atLeast("--applications", value, 0);
                    case "--draws" -> draws = atLeast("--draws", value, 1);
                    case "--warmup" -> warmup = atLeast("--warmup", value, 0);
                    case "--panel-size" -> panelSize = atLeast("--panel-size", value, 1);
                    case "--alternates" -> alternates = atLeast("--alternates", value, 0);
                    case "--results" -> results = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(gateway, tokenUrl, experts, applications, draws, warmup, panelSize, alternates,
                    results);
        }

        private static int atLeast(String name, String value, int minimum) {
            int number = Integer.parseInt(value);
            if (number < minimum) {
                throw new IllegalArgumentException(name + " must be at least " + minimum);
            }
            return number;
        }
    }

    private DrawBenchmark() {
    }

    public static void main(String[] args) {
        Path root = LocalStack.repositoryRoot();
        Options options = Options.parse(List.of(args), root.resolve("deploy/bench/results"));
        BenchTarget.run(root, options.gatewayUrl(), options.tokenUrl(),
                (gateway, tokens) -> run(options, gateway, tokens));
    }

    /** One measured draw: milliseconds of the commit, the drawing and the replay, and what the replay said. */
    private record Measured(double commitMs, double drawMs, double replayMs, int eligible, int excluded,
                            boolean verified) {
    }

    private static void run(Options options, String gatewayUrl, String tokenUrl) {
        Instant startedAt = Instant.now();
        GatewayClient client = new GatewayClient(gatewayUrl, tokenUrl, Duration.ofSeconds(120));
        // ids of this run only: a second run against the same stack seeds fresh experts and meetings
        String run = Long.toString(startedAt.getEpochSecond(), 36).toUpperCase();
        LocalDate today = LocalDate.now(ZHEJIANG);

        ensureCommittee(client);
        long seedStart = System.nanoTime();
        List<String> experts = seedExperts(client, run, options.experts());
        seedPool(client, experts, today);
        Duration poolTook = Duration.ofNanos(System.nanoTime() - seedStart);
        LOG.info("seeded {} experts into the pool of {} in {} s", experts.size(), COMMITTEE, poolTook.toSeconds());

        int meetingCount = options.warmup() + options.draws();
        long meetingStart = System.nanoTime();
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < meetingCount; i++) {
            meetings.add(BenchMeetings.approvedMeeting(client, run, i, today, options));
        }
        Duration meetingsTook = Duration.ofNanos(System.nanoTime() - meetingStart);
        LOG.info("seeded {} approved meetings with {} applications each in {} s", meetingCount,
                options.applications(), meetingsTook.toSeconds());

        List<Measured> measured = new ArrayList<>();
        long measureStart = 0;
        for (int i = 0; i < meetingCount; i++) {
            if (i == options.warmup()) {
                measureStart = System.nanoTime();
            }
            Measured one = drawOnce(client, meetings.get(i));
            if (i >= options.warmup()) {
                measured.add(one);
            }
        }
        Duration measuredTook = Duration.ofNanos(System.nanoTime() - measureStart);
        report(options, gatewayUrl, startedAt, experts.size(), poolTook, meetingsTook, measured, measuredTook);
    }

    private static Measured drawOnce(GatewayClient client, String meetingId) {
        String office = client.token("office.sy");
        String base = "/api/v1/meetings/" + meetingId + "/draws";
        long t0 = System.nanoTime();
        GatewayClient.Reply committed = client.postJson(base, office, "{}");
        long t1 = System.nanoTime();
        require(committed, 201, "POST " + base);
        JsonNode draw = committed.json();
        String drawId = draw.path("id").asString();
        GatewayClient.Reply drawn = client.postJson(base + "/" + drawId + "/draw", office, "{}");
        long t2 = System.nanoTime();
        require(drawn, 200, "POST " + base + "/" + drawId + "/draw");
        GatewayClient.Reply replay = client.get(base + "/" + drawId + "/replay", null);
        long t3 = System.nanoTime();
        require(replay, 200, "GET " + base + "/" + drawId + "/replay");
        boolean verified = replay.json().path("verified").asBoolean() && replay.json().path("matchesStoredDraw")
                .asBoolean();
        if (!verified) {
            throw new IllegalStateException("the replay of draw " + drawId + " does not verify: " + replay.body());
        }
        return new Measured((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, draw.path("eligible").asInt(),
                draw.path("excludedExperts").asInt(), verified);
    }

    private static void ensureCommittee(GatewayClient client) {
        GatewayClient.Reply found = client.get("/api/v1/committees/" + COMMITTEE, null);
        if (found.status() == 200) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("code", COMMITTEE);
        body.put("name", "上虞区工程系列中级评委会");
        body.put("level", "INTERMEDIATE");
        body.put("kind", "REGULAR");
        body.put("series", "ENGINEERING");
        body.putArray("specialties").add(SPECIALTY).add("信息技术");
        body.putArray("evaluatedTitles").add("ENGINEER");
        body.putArray("recommendedTitles").add("SENIOR_ENGINEER");
        body.put("territory", "330604");
        body.put("organisingUnit", "绍兴市上虞区人力资源和社会保障局");
        body.put("officeUnit", "上虞区职称办");
        GatewayClient.Reply created = client.postJson("/api/v1/committees", client.token("hr.sy"), body.toString());
        if (created.status() != 201 && created.status() != 200) {
            throw new IllegalStateException("POST /api/v1/committees: HTTP " + created.status() + " " + created.body());
        }
        LOG.info("registered committee {}", COMMITTEE);
    }

    /** The experts' unit: {@code UNITS} units, so an applicant's unit excludes about one expert in 500. */
    static String unitOf(int expert) {
        return "SY-BENCH-U" + String.format("%03d", expert % UNITS);
    }

    /** Creates the experts as hr.sy, eight requests at a time; half deputy senior, half full senior. */
    private static List<String> seedExperts(GatewayClient client, String run, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add("E-BD-" + run + "-" + String.format("%05d", i));
        }
        LOG.info("creating {} experts ...", count);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    ObjectNode body = JSON.createObjectNode();
                    body.put("id", ids.get(n));
                    body.put("name", "专家 " + n);
                    body.put("title", n % 2 == 0 ? "高级工程师" : "正高级工程师");
                    body.put("titleLevel", n % 2 == 0 ? "DEPUTY_SENIOR" : "FULL_SENIOR");
                    body.put("series", "ENGINEERING");
                    body.put("specialty", SPECIALTY);
                    body.put("unit", unitOf(n));
                    body.put("region", "330604");
                    require(client.postJson("/api/v1/experts", client.token("hr.sy"), body.toString()), 201,
                            "POST /api/v1/experts");
                }));
            }
            await(done);
        }
        return ids;
    }

    /** Pool requests of {@code PER_POOL_REQUEST} additions (the API's limit) filed by office.sy, approved by hr.sy. */
    private static void seedPool(GatewayClient client, List<String> experts, LocalDate today) {
        String path = "/api/v1/committees/" + COMMITTEE + "/pool-requests";
        LOG.info("filing {} pool requests ...", (experts.size() + PER_POOL_REQUEST - 1) / PER_POOL_REQUEST);
        for (int from = 0; from < experts.size(); from += PER_POOL_REQUEST) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode add = body.putArray("add");
            for (String expert : experts.subList(from, Math.min(experts.size(), from + PER_POOL_REQUEST))) {
                add.addObject().put("expert", expert).put("termStart", today.toString())
                        .put("termEnd", today.plusYears(3).minusDays(1).toString());
            }
            body.putArray("remove");
            body.put("reason", "基准测试专家库");
            GatewayClient.Reply filed = client.postJson(path, client.token("office.sy"), body.toString());
            require(filed, 201, "POST " + path);
            String id = filed.json().path("id").asString();
            require(client.postJson(path + "/" + id + "/approval", client.token("hr.sy"), "{\"reason\":\"同意\"}"),
                    200, "POST " + path + "/" + id + "/approval");
        }
    }

    private static void report(Options options, String gatewayUrl, Instant startedAt, int experts, Duration poolTook,
                               Duration meetingsTook, List<Measured> measured, Duration measuredTook) {
        double[] total = measured.stream().mapToDouble(m -> m.commitMs() + m.drawMs()).sorted().toArray();
        double[] commit = measured.stream().mapToDouble(Measured::commitMs).sorted().toArray();
        double[] draw = measured.stream().mapToDouble(Measured::drawMs).sorted().toArray();
        double[] replay = measured.stream().mapToDouble(Measured::replayMs).sorted().toArray();
        double drawsPerSecond = measured.size() / (Arrays.stream(total).sum() / 1000.0);

        ObjectNode json = JSON.createObjectNode();
        json.put("benchmark", "panel-draw");
        json.put("startedAt", startedAt.toString());
        json.put("gateway", gatewayUrl);
        ObjectNode parameters = json.putObject("parameters");
        parameters.put("committee", COMMITTEE);
        parameters.put("poolExperts", experts);
        parameters.put("applicationsPerMeeting", options.applications());
        parameters.put("panelSize", options.panelSize());
        parameters.put("alternates", options.alternates());
        parameters.put("warmupDraws", options.warmup());
        parameters.put("measuredDraws", measured.size());
        parameters.put("poolSeedSeconds", poolTook.toMillis() / 1000.0);
        parameters.put("meetingSeedSeconds", meetingsTook.toMillis() / 1000.0);
        parameters.put("caller", "office.sy (commit, draw), anonymous (replay); one draw at a time");
        ObjectNode results = json.putObject("results");
        results.put("eligiblePool", measured.isEmpty() ? 0 : measured.getFirst().eligible());
        results.put("excludedExperts", measured.isEmpty() ? 0 : measured.getFirst().excluded());
        results.put("allReplaysVerified", measured.stream().allMatch(Measured::verified));
        results.put("drawsPerSecond", Math.round(drawsPerSecond * 100) / 100.0);
        results.put("wallSeconds", measuredTook.toMillis() / 1000.0);
        latency(results.putObject("commitAndDrawMs"), total);
        latency(results.putObject("commitMs"), commit);
        latency(results.putObject("drawMs"), draw);
        latency(results.putObject("replayMs"), replay);
        Path file = BenchTarget.writeResult(options.results(), "panel-draw", startedAt, json);
        LOG.info(String.format("%npanel draw through the gateway%n"
                        + "  pool          %d experts, %d eligible, %d excluded (%d applications per meeting)%n"
                        + "  draws         %d measured after %d warm-up, %.2f draws/s (commit + draw, one at a time)%n"
                        + "  commit+draw   p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms%n"
                        + "  commit        p50 %.1f  p90 %.1f  p99 %.1f ms%n"
                        + "  draw          p50 %.1f  p90 %.1f  p99 %.1f ms%n"
                        + "  replay        p50 %.1f  p90 %.1f  p99 %.1f ms (all verified: %s)%n",
                experts, measured.isEmpty() ? 0 : measured.getFirst().eligible(),
                measured.isEmpty() ? 0 : measured.getFirst().excluded(), options.applications(), measured.size(),
                options.warmup(), drawsPerSecond, percentile(total, 50), percentile(total, 90),
                percentile(total, 99), percentile(total, 100), percentile(commit, 50), percentile(commit, 90),
                percentile(commit, 99), percentile(draw, 50), percentile(draw, 90), percentile(draw, 99),
                percentile(replay, 50), percentile(replay, 90), percentile(replay, 99),
                measured.stream().allMatch(Measured::verified)));
        LOG.info("written to {}", file);
    }

    private static void latency(ObjectNode node, double[] sorted) {
        node.put("p50", percentile(sorted, 50));
        node.put("p90", percentile(sorted, 90));
        node.put("p99", percentile(sorted, 99));
        node.put("max", percentile(sorted, 100));
    }

    /** Nearest-rank percentile, rounded to tenths of a millisecond; 0 without values. */
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] * 10) / 10.0;
    }

    static GatewayClient.Reply require(GatewayClient.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    static void await(List<Future<?>> done) {
        try {
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
