package org.zhicheng.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link PlanSearchBenchmark} does; every value has a default and an option {@code --name value}.
 *
 * @param gatewayUrl  a running stack's gateway ({@code --gateway}); null: start a temporary stack
 * @param tokenUrl    that stack's token endpoint ({@code --token-url}; default the local stack's Keycloak)
 * @param plans       plans to seed ({@code --plans}), spread over regions and years; 0 seeds nothing
 * @param items       items per seeded plan ({@code --items})
 * @param concurrency parallel searchers ({@code --concurrency})
 * @param warmup      searches before measuring ({@code --warmup}, seconds)
 * @param duration    measured time ({@code --duration}, seconds)
 * @param maxRequests a bound on measured requests ({@code --max-requests}): the run ends at whichever comes first
 * @param pageSize    {@code size} of the searches ({@code --page-size})
 * @param results     directory of the JSON result ({@code --results})
 */
record BenchOptions(String gatewayUrl, String tokenUrl, int plans, int items, int concurrency, Duration warmup,
                    Duration duration, long maxRequests, int pageSize, Path results) {

    static final String LOCAL_TOKEN_URL = "http://127.0.0.1:8180/realms/zhicheng/protocol/openid-connect/token";

    static BenchOptions parse(List<String> args, Path defaultResults) {
        String gateway = null;
        String tokenUrl = LOCAL_TOKEN_URL;
        int plans = 200;
        int items = 50;
        int concurrency = 8;
        long warmup = 15;
        long duration = 60;
        long maxRequests = 1_000_000;
        int pageSize = 20;
        Path results = defaultResults;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args.get(++i);
            switch (name) {
                case "--gateway" -> gateway = value;
                case "--token-url" -> tokenUrl = value;
                case "--plans" -> plans = atLeast(name, Integer.parseInt(value), 0);
                case "--items" -> items = atLeast(name, Integer.parseInt(value), 1);
                case "--concurrency" -> concurrency = atLeast(name, Integer.parseInt(value), 1);
                case "--warmup" -> warmup = atLeast(name, Integer.parseInt(value), 0);
                case "--duration" -> duration = atLeast(name, Integer.parseInt(value), 1);
                case "--max-requests" -> maxRequests = atLeast(name, Integer.parseInt(value), 1);
                case "--page-size" -> pageSize = atLeast(name, Integer.parseInt(value), 1);
                case "--results" -> results = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (items > 2000) {
            throw new IllegalArgumentException("--items: a plan holds at most 2000 items");
        }
        return new BenchOptions(gateway, tokenUrl, plans, items, concurrency, Duration.ofSeconds(warmup),
                Duration.ofSeconds(duration), maxRequests, pageSize, results);
    }

    private static int atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum);
        }
        return value;
    }
}
