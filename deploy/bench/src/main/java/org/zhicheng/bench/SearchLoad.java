package org.zhicheng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Drives {@code GET /api/v1/plan-items} through the gateway, anonymously as a portal, at a fixed concurrency: a
 * warm-up whose requests are not counted, then a measured phase bounded by time and by a request count. Every
 * worker draws its queries from the same weighted mix of filters with its own seeded random, records the latency
 * of each answer (status 200, body read) and counts everything else as an error.
 */
final class SearchLoad {

    /** A kind of query of the mix and its weight. */
    enum Kind {
        UNFILTERED(1), YEAR(2), YEAR_AND_DISTRICT(3), CITY_WITH_DISTRICTS(2), PROVINCE_YEAR(1), SERIES(2),
        SERIES_AND_LEVEL(2), SPECIALTY(2), LEVEL_AND_YEAR(1), OPEN_ON(2), DEEP_PAGE(2);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** Latencies in milliseconds. */
    record Latency(double p50, double p90, double p99, double max, double mean) {
    }

    /**
     * The figures of one kind of query, or of all.
     *
     * @param empty answers with no hit at all: a mix whose filters miss the seed would measure nothing useful
     */
    record Figures(long requests, long errors, long empty, Latency latency) {
    }

    /** What the measured phase gave. */
    record Outcome(Duration measured, Figures total, Map<Kind, Figures> byKind, double requestsPerSecond,
                   String firstError) {
    }

    private final String gatewayUrl;
    private final BenchOptions options;
    private final List<SearchSeeder.Series> series;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Kind[] wheel;
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    SearchLoad(String gatewayUrl, BenchOptions options, List<SearchSeeder.Series> series) {
        this.gatewayUrl = gatewayUrl;
        this.options = options;
        this.series = series;
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.weight; i++) {
                kinds.add(kind);
            }
        }
        this.wheel = kinds.toArray(Kind[]::new);
    }

    Outcome run() {
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        AtomicLong budget = new AtomicLong(options.maxRequests());
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < options.concurrency(); w++) {
            Worker worker = new Worker(new SplittableRandom(42L + w), measureFrom, measureUntil, budget);
            workers.add(worker);
            threads.add(Thread.ofPlatform().name("search-" + w).start(worker));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long measuredEnd = workers.stream().mapToLong(w -> w.lastEnd).max().orElse(measureUntil);
        Duration measured = Duration.ofNanos(Math.max(1, Math.min(measureUntil, measuredEnd) - measureFrom));

        Map<Kind, Figures> byKind = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            byKind.put(kind, figures(workers, kind));
        }
        Figures total = figures(workers, null);
        String firstError = workers.stream().map(w -> w.firstError).filter(e -> e != null).findFirst().orElse(null);
        return new Outcome(measured, total, byKind, total.requests() / (measured.toNanos() / 1e9), firstError);
    }

    private static Figures figures(List<Worker> workers, Kind kind) {
        long errors = 0;
        long empty = 0;
        int size = 0;
        for (Worker worker : workers) {
            for (int i = 0; i < worker.count; i++) {
                if (kind == null || worker.kinds[i] == kind.ordinal()) {
                    size++;
                }
            }
            errors += kind == null ? Arrays.stream(worker.errors).sum() : worker.errors[kind.ordinal()];
            empty += kind == null ? Arrays.stream(worker.empty).sum() : worker.empty[kind.ordinal()];
        }
        long[] all = new long[size];
        int at = 0;
        for (Worker worker : workers) {
            for (int i = 0; i < worker.count; i++) {
                if (kind == null || worker.kinds[i] == kind.ordinal()) {
                    all[at++] = worker.nanos[i];
                }
            }
        }
        Arrays.sort(all);
        if (all.length == 0) {
            return new Figures(0, errors, empty, new Latency(0, 0, 0, 0, 0));
        }
        double mean = Arrays.stream(all).average().orElse(0) / 1e6;
        return new Figures(all.length, errors, empty, new Latency(percentile(all, 50), percentile(all, 90),
                percentile(all, 99), all[all.length - 1] / 1e6, mean));
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** One query of {@code kind} with values drawn from the seeded regions, years and catalog. */
    String query(Kind kind, SplittableRandom random) {
        int year = SearchSeeder.YEARS.get(random.nextInt(SearchSeeder.YEARS.size()));
        SearchSeeder.Series one = series.get(random.nextInt(series.size()));
        String size = "size=" + options.pageSize();
        return "/api/v1/plan-items?" + switch (kind) {
            case UNFILTERED -> size;
            case YEAR -> "year=" + year + "&" + size;
            case YEAR_AND_DISTRICT -> "year=" + year + "&region=" + pick(random, "330604", "331102") + "&" + size;
            case CITY_WITH_DISTRICTS -> "region=" + pick(random, "3306", "3308", "3311") + "&" + size;
            case PROVINCE_YEAR -> "region=33&year=" + year + "&" + size;
            case SERIES -> "series=" + one.code() + "&" + size;
            case SERIES_AND_LEVEL -> "series=" + one.code() + "&level="
                    + pick(random, one.titlesByLevel().keySet().toArray(String[]::new)) + "&" + size;
            case SPECIALTY -> specialty(random) + size;
            case LEVEL_AND_YEAR -> "level=" + pick(random, "INTERMEDIATE", "DEPUTY_SENIOR", "FULL_SENIOR")
                    + "&year=" + year + "&" + size;
            case OPEN_ON -> "openOn=" + today + "&region=" + pick(random, "330604", "331102", "3308") + "&" + size;
            case DEEP_PAGE -> "year=" + year + "&page=" + random.nextInt(20) + "&" + size;
        };
    }

    private String specialty(SplittableRandom random) {
        for (int attempt = 0; attempt < series.size(); attempt++) {
            SearchSeeder.Series one = series.get(random.nextInt(series.size()));
            if (!one.specialties().isEmpty()) {
                return "specialty=" + one.specialties().get(random.nextInt(one.specialties().size())) + "&";
            }
        }
        return "";
    }

    private static String pick(SplittableRandom random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private enum Answer { HITS, EMPTY, ERROR }

    private static final Pattern EMPTY_PAGE = Pattern.compile("\"totalElements\"\\s*:\\s*0\\b");

    /** One searcher: sends query after query until the measured phase or the request budget ends. */
    private final class Worker implements Runnable {

        private final SplittableRandom random;
        private final long measureFrom;
        private final long measureUntil;
        private final AtomicLong budget;
        private long[] nanos = new long[1024];
        private byte[] kinds = new byte[1024];
        private final long[] errors = new long[Kind.values().length];
        private final long[] empty = new long[Kind.values().length];
        private int count;
        private long lastEnd;
        private String firstError;

        Worker(SplittableRandom random, long measureFrom, long measureUntil, AtomicLong budget) {
            this.random = random;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.budget = budget;
        }

        @Override
        public void run() {
            while (true) {
                long begin = System.nanoTime();
                if (begin >= measureUntil) {
                    return;
                }
                boolean measuring = begin >= measureFrom;
                if (measuring && budget.getAndDecrement() <= 0) {
                    return;
                }
                Kind kind = wheel[random.nextInt(wheel.length)];
                Answer answer = send(query(kind, random));
                long end = System.nanoTime();
                if (!measuring) {
                    continue;
                }
                lastEnd = end;
                if (answer == Answer.ERROR) {
                    errors[kind.ordinal()]++;
                } else {
                    record(kind, end - begin);
                    if (answer == Answer.EMPTY) {
                        empty[kind.ordinal()]++;
                    }
                }
            }
        }

        private Answer send(String path) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    noteError(path + " -> HTTP " + response.statusCode() + " " + response.body());
                    return Answer.ERROR;
                }
                return EMPTY_PAGE.matcher(response.body()).find() ? Answer.EMPTY : Answer.HITS;
            } catch (IOException e) {
                noteError(path + " -> " + e);
                return Answer.ERROR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private void noteError(String what) {
            if (firstError == null) {
                firstError = what.length() > 500 ? what.substring(0, 500) : what;
            }
        }

        private void record(Kind kind, long elapsed) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
                kinds = Arrays.copyOf(kinds, count * 2);
            }
            nanos[count] = elapsed;
            kinds[count] = (byte) kind.ordinal();
            count++;
        }
    }
}
