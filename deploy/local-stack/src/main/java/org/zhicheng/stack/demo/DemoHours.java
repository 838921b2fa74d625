package org.zhicheng.stack.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records the demo applicants' continuing-education hours of {@code deploy/demo-data/hours.tsv} through the
 * gateway, as their employer would ({@code POST /api/v1/education/records}).
 *
 * <p>Idempotent without a marker file: a person whose records the recorder can already read
 * ({@code GET /people/{person}/records}) is skipped as a whole, so a second run adds nothing. A person is loaded on
 * its own: a refusal is reported in its result and the next person still loads.
 */
public final class DemoHours {

    /** One person's result; {@code records} is how many entries were created (0 for an existing person). */
    public record Result(String person, Outcome outcome, int records, String problem) {

        public String summary() {
            return "demo hours " + person + ": " + switch (outcome) {
                case LOADED -> records + " records";
                case EXISTING -> "already recorded";
                case FAILED -> "FAILED: " + problem;
            };
        }
    }

    /** One line of the file. */
    record Line(String recorder, String person, String region, String unit, int year, String category,
                String hours, String system, String provider, String course, String certificate) {
    }

    /** The file's name in the demo data directory. */
    public static final String FILE = "hours.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(DemoHours.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/education";

    private final GatewayClient client;
    private final Path directory;

    public DemoHours(GatewayClient client, Path directory) {
        this.client = client;
        this.directory = directory;
    }

    /** Loads every person of the file and logs one line per person; never throws for a person's failure. */
    public List<Result> loadAll() {
        Map<String, List<Line>> byPerson = new LinkedHashMap<>();
        for (Line line : read(directory.resolve(FILE))) {
            byPerson.computeIfAbsent(line.person(), p -> new ArrayList<>()).add(line);
        }
        List<Result> results = new ArrayList<>();
        byPerson.forEach((person, lines) -> {
            Result result = load(person, lines);
            result.outcome().log(LOG, result.summary());
            results.add(result);
        });
        return results;
    }

    private Result load(String person, List<Line> lines) {
        try {
            String token = client.token(lines.getFirst().recorder());
            GatewayClient.Reply existing = client.get(BASE + "/people/" + person + "/records", token);
            if (existing.ok() && !existing.json().path("records").isEmpty()) {
                return new Result(person, Outcome.EXISTING, 0, null);
            }
            if (!existing.ok() && existing.status() != 404) {
                return new Result(person, Outcome.FAILED, 0, "reading the records: " + existing.problem());
            }
            int created = 0;
            for (Line line : lines) {
                GatewayClient.Reply reply = client.postJson(BASE + "/records", client.token(line.recorder()),
                        body(line));
                if (reply.status() != 201) {
                    return new Result(person, Outcome.FAILED, created, line.year() + " " + line.category() + ": "
                            + reply.problem());
                }
                created++;
            }
            return new Result(person, Outcome.LOADED, created, null);
        } catch (RuntimeException e) {
            return new Result(person, Outcome.FAILED, 0, e.getMessage());
        }
    }

    static String body(Line line) {
        ObjectNode body = JSON.createObjectNode();
        body.put("person", line.person());
        body.put("region", line.region());
        body.put("unit", line.unit());
        body.put("year", line.year());
        body.put("category", line.category());
        body.put("hours", new BigDecimal(line.hours()));
        ObjectNode source = body.putObject("source");
        source.put("system", line.system());
        source.put("provider", line.provider());
        source.put("course", line.course());
        source.put("certificateNumber", line.certificate());
        return JSON.writeValueAsString(body);
    }

    /** The file's lines, fields in the header's order. */
    static List<Line> read(Path file) {
        List<Line> lines = new ArrayList<>();
        for (String[] f : Tsv.rows(file, 11)) {
            lines.add(new Line(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], f[6], f[7], f[8], f[9],
                    f[10]));
        }
        return lines;
    }
}
