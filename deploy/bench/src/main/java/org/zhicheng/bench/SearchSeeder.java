package org.zhicheng.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds published plans through the API the way HR bureaus enter them: {@code POST /plans} with many items, then
 * submit, approve and publish, as the bureau of each region (realm demo users). Titles and specialties come from
 * the catalog the service answers with, so the seed stays valid when the catalog grows. Deterministic: plan
 * {@code p} always gets the same region, year and items.
 */
final class SearchSeeder {

    /** A region the seed spreads plans over, and the demo HR bureau covering it. */
    record SeedRegion(String code, String bureau) {
    }

    /** The regions: two districts of different cities, a city, and another city (parents and siblings). */
    static final List<SeedRegion> REGIONS = List.of(
            new SeedRegion("330604", "hr.sy"), new SeedRegion("331102", "hr.ld"),
            new SeedRegion("3306", "hr.sx"), new SeedRegion("3308", "hr.qz"));

    /** Plan years: past ones and the next, whose items are still open for applications today. */
    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026, 2027);

    /** A series of the catalog with its titles per level and its specialties. */
    record Series(String code, Map<String, List<String>> titlesByLevel, List<String> specialties) {
    }

    /** What was seeded: filters the search mix draws from. */
    record Seeded(int plans, int items, List<Series> series, Duration took) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SearchSeeder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] MONTHS = {"6", "7", "8", "9", "10", "11"};

    private final GatewayClient client;

    SearchSeeder(GatewayClient client) {
        this.client = client;
    }

    /** The catalog's series that have active titles (exam-only series have none to evaluate). */
    List<Series> catalog() {
        Map<String, Map<String, List<String>>> titles = new LinkedHashMap<>();
        for (JsonNode title : read("/api/v1/catalog/titles")) {
            if (title.path("active").asBoolean(true)) {
                titles.computeIfAbsent(title.path("series").asString(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(title.path("level").asString(), l -> new ArrayList<>())
                        .add(title.path("code").asString());
            }
        }
        List<Series> series = new ArrayList<>();
        for (JsonNode one : read("/api/v1/catalog/series")) {
            String code = one.path("code").asString();
            if (one.path("examOnly").asBoolean() || !one.path("active").asBoolean(true) || !titles.containsKey(code)) {
                continue;
            }
            List<String> specialties = new ArrayList<>();
            one.path("specialties").forEach(s -> {
                if (s.path("active").asBoolean(true)) {
                    specialties.add(s.path("code").asString());
                }
            });
            series.add(new Series(code, titles.get(code), specialties));
        }
        if (series.isEmpty()) {
            throw new IllegalStateException("the catalog has no series with titles");
        }
        return series;
    }

    /** Creates and publishes {@code plans} plans of {@code items} items each, two at a time. */
    Seeded seed(int plans, int items, List<Series> series) {
        Instant begin = Instant.now();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> pending = new ArrayList<>();
        // two writers: the machine is small, and the seed is not what is measured
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            for (int p = 0; p < plans; p++) {
                int plan = p;
                pending.add(writers.submit(() -> {
                    createAndPublish(plan, items, series);
                    int count = done.incrementAndGet();
                    if (count % 20 == 0 || count == plans) {
                        LOG.info("seeded {} of {} plans", count, plans);
                    }
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
        return new Seeded(plans, plans * items, series, Duration.between(begin, Instant.now()));
    }

    private void createAndPublish(int plan, int items, List<Series> series) {
        SeedRegion region = REGIONS.get(plan % REGIONS.size());
        int year = YEARS.get((plan / REGIONS.size()) % YEARS.size());
        String token = client.token(region.bureau());
        ObjectNode body = JSON.createObjectNode();
        body.put("year", year);
        body.put("region", region.code());
        body.put("category", "REGULAR");
        body.put("title", "基准测试 " + year + " 年度职称评审计划 #" + plan);
        ArrayNode list = body.putArray("items");
        for (int i = 0; i < items; i++) {
            list.add(item(plan, i, series.get((plan * 7 + i) % series.size())));
        }
        GatewayClient.Reply created = client.postJson("/api/v1/plans", token, body.toString());
        if (created.status() != 201) {
            throw new IllegalStateException("plan " + plan + ": POST /api/v1/plans HTTP " + created.status() + " "
                    + created.body());
        }
        String id = created.json().path("id").asString();
        for (String action : List.of("submit", "approve", "publish")) {
            GatewayClient.Reply reply = client.postJson("/api/v1/plans/" + id + "/" + action, token, "{}");
            if (!reply.ok()) {
                throw new IllegalStateException("plan " + plan + ": " + action + " HTTP " + reply.status() + " "
                        + reply.body());
            }
        }
    }

    /**
     * An item like the notices': a committee of the series evaluating one level and recommending the next, one or
     * two specialties, a month for the evaluation and a material deadline before it; every fifth item waits for
     * the provincial plan, so it stays open until the end of its year.
     */
    private static ObjectNode item(int plan, int index, Series series) {
        ObjectNode item = JSON.createObjectNode();
        item.put("committeeName", "基准测试 " + series.code() + " 评审委员会 " + plan + "-" + index);
        List<String> levels = new ArrayList<>(series.titlesByLevel().keySet());
        String evaluatedLevel = levels.get(index % levels.size());
        ArrayNode evaluated = item.putArray("evaluatedTitles");
        evaluated.add(series.titlesByLevel().get(evaluatedLevel).getFirst());
        if (levels.size() > 1) {
            String recommendedLevel = levels.get((index + 1) % levels.size());
            item.putArray("recommendedTitles").add(series.titlesByLevel().get(recommendedLevel).getFirst());
        }
        ArrayNode specialties = item.putArray("specialties");
        if (!series.specialties().isEmpty()) {
            specialties.add(series.specialties().get((plan + index) % series.specialties().size()));
            if (series.specialties().size() > 1 && index % 2 == 0) {
                specialties.add(series.specialties().get((plan + index + 1) % series.specialties().size()));
            }
        }
        item.put("acceptanceScope", index % 3 == 0 ? "初级：市本级 中级：全市 高级：全市" : "全区");
        if (index % 5 == 4) {
            item.put("expectedEvaluationTime", "按省高评委评审计划另定");
        } else {
            String month = MONTHS[(plan + index) % MONTHS.length];
            item.put("expectedEvaluationTime", month + " 月");
            item.put("materialDeadline", (Integer.parseInt(month) - 1) + " 月 20 日前");
        }
        item.put("receivingUnit", "基准测试评委会办公室");
        item.put("phone", "0575-8" + String.format("%07d", plan * 100 + index));
        return item;
    }

    private JsonNode read(String path) {
        GatewayClient.Reply reply = client.get(path, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }
}
