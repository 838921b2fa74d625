package org.zhicheng.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.LocalStack;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portals' plan search under load (issue 3, item 6): seeds published plans through the API, then measures
 * {@code GET /api/v1/plan-items} through the gateway with a mix of filters at a fixed concurrency, and prints
 * requests/s, latency percentiles and errors, also as JSON to {@code deploy/bench/results/plan-search-<time>.json}.
 *
 * <p>Without {@code --gateway} it starts a temporary stack (free loopback ports, deleted afterwards); with it, it
 * uses the running one and adds its seed to whatever is there. Options: {@link BenchOptions}.
 */
public final class PlanSearchBenchmark {

    static {
        // the launcher's logback.xml (local-stack jar) names only its own loggers: use the benchmark's, set before
        // the first logger exists
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-bench.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlanSearchBenchmark.class);

    private PlanSearchBenchmark() {
    }

    public static void main(String[] args) {
        Path root = LocalStack.repositoryRoot();
        BenchOptions options = BenchOptions.parse(List.of(args), root.resolve("deploy/bench/results"));
        BenchTarget.run(root, options.gatewayUrl(), options.tokenUrl(),
                (gateway, tokens) -> run(options, gateway, tokens));
    }

    private static void run(BenchOptions options, String gatewayUrl, String tokenUrl) {
        Instant startedAt = Instant.now();
        GatewayClient client = new GatewayClient(gatewayUrl, tokenUrl, Duration.ofSeconds(60));
        SearchSeeder seeder = new SearchSeeder(client);
        List<SearchSeeder.Series> series = seeder.catalog();
        LOG.info("seeding {} plans x {} items through {} ...", options.plans(), options.items(), gatewayUrl);
        SearchSeeder.Seeded seeded = seeder.seed(options.plans(), options.items(), series);
        LOG.info("seeded {} items in {} s", seeded.items(), seeded.took().toSeconds());

        LOG.info("searching with {} clients: {} s warm-up, then {} s measured (at most {} requests) ...",
                options.concurrency(), options.warmup().toSeconds(), options.duration().toSeconds(),
                options.maxRequests());
        SearchLoad.Outcome outcome = new SearchLoad(gatewayUrl, options, series).run();

        ObjectNode json = report(options, gatewayUrl, startedAt, seeded, outcome);
        Path file = BenchTarget.writeResult(options.results(), "plan-search", startedAt, json);
        LOG.info(text(options, seeded, outcome));
        LOG.info("written to {}", file);
    }

    private static String text(BenchOptions options, SearchSeeder.Seeded seeded, SearchLoad.Outcome outcome) {
        SearchLoad.Figures total = outcome.total();
        StringBuilder text = new StringBuilder("\nplan search through the gateway\n");
        text.append(String.format("  seeded      %d plans x %d items (%d s)%n", seeded.plans(), options.items(),
                seeded.took().toSeconds()));
        text.append(String.format("  load        %d clients, %d s warm-up, %d s measured, page size %d%n",
                options.concurrency(), options.warmup().toSeconds(), outcome.measured().toSeconds(),
                options.pageSize()));
        text.append(String.format("  requests    %d ok (%d without hits), %d errors, %.1f requests/s%n",
                total.requests(), total.empty(), total.errors(), outcome.requestsPerSecond()));
        text.append(String.format("  latency ms  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  mean %.1f%n",
                total.latency().p50(), total.latency().p90(), total.latency().p99(), total.latency().max(),
                total.latency().mean()));
        for (Map.Entry<SearchLoad.Kind, SearchLoad.Figures> kind : outcome.byKind().entrySet()) {
            SearchLoad.Figures f = kind.getValue();
            text.append(String.format("    %-20s %7d ok %6d empty %4d err  p50 %6.1f  p99 %6.1f%n", kind.getKey(),
                    f.requests(), f.empty(), f.errors(), f.latency().p50(), f.latency().p99()));
        }
        if (outcome.firstError() != null) {
            text.append("  first error: ").append(outcome.firstError()).append('\n');
        }
        return text.toString();
    }

    private static ObjectNode report(BenchOptions options, String gatewayUrl, Instant startedAt,
                                     SearchSeeder.Seeded seeded, SearchLoad.Outcome outcome) {
        ObjectNode json = JsonMapper.builder().build().createObjectNode();
        json.put("benchmark", "plan-search");
        json.put("startedAt", startedAt.toString());
        json.put("gateway", gatewayUrl);
        ObjectNode parameters = json.putObject("parameters");
        parameters.put("plans", options.plans());
        parameters.put("itemsPerPlan", options.items());
        parameters.put("seededItems", seeded.items());
        parameters.put("seedSeconds", seeded.took().toMillis() / 1000.0);
        parameters.put("concurrency", options.concurrency());
        parameters.put("warmupSeconds", options.warmup().toSeconds());
        parameters.put("durationSeconds", options.duration().toSeconds());
        parameters.put("maxRequests", options.maxRequests());
        parameters.put("pageSize", options.pageSize());
        SearchSeeder.REGIONS.forEach(region -> parameters.withArray("regions").add(region.code()));
        SearchSeeder.YEARS.forEach(year -> parameters.withArray("years").add(year));
        ObjectNode mix = parameters.putObject("queryMix");
        for (SearchLoad.Kind kind : SearchLoad.Kind.values()) {
            mix.put(kind.name(), kind.weight);
        }
        ObjectNode results = json.putObject("results");
        results.put("measuredSeconds", outcome.measured().toMillis() / 1000.0);
        results.put("requests", outcome.total().requests());
        results.put("errors", outcome.total().errors());
        results.put("withoutHits", outcome.total().empty());
        results.put("requestsPerSecond", Math.round(outcome.requestsPerSecond() * 10) / 10.0);
        latency(results.putObject("latencyMs"), outcome.total().latency());
        if (outcome.firstError() != null) {
            results.put("firstError", outcome.firstError());
        }
        ObjectNode byKind = json.putObject("byQuery");
        outcome.byKind().forEach((kind, figures) -> {
            ObjectNode one = byKind.putObject(kind.name());
            one.put("requests", figures.requests());
            one.put("errors", figures.errors());
            one.put("withoutHits", figures.empty());
            latency(one.putObject("latencyMs"), figures.latency());
        });
        return json;
    }

    private static void latency(ObjectNode node, SearchLoad.Latency latency) {
        node.put("p50", round(latency.p50()));
        node.put("p90", round(latency.p90()));
        node.put("p99", round(latency.p99()));
        node.put("max", round(latency.max()));
        node.put("mean", round(latency.mean()));
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
