package org.zhicheng.stack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the demo publicities of {@code deploy/demo-data/publicities.json} through the gateway, each as its opener
 * ({@code POST /api/v1/publicities}): a unit publicity of {@code employer.sy} and a pre-evaluation publicity of
 * {@code office.sy}'s committee, so the portal's publicity list has content and objections can be tried.
 *
 * <p>Idempotent by the service itself: a publicity is opened once per kind and subject, so a second run answers the
 * one opened before (200). Loaded after the demo committees, whose registration the committee publicity needs.
 */
public final class DemoPublicities {

    /** One publicity's result. */
    public record Result(String title, Outcome outcome, String id, String problem) {

        public String summary() {
            return "demo publicity " + title + ": " + switch (outcome) {
                case LOADED -> "opened " + id;
                case EXISTING -> "already opened " + id;
                case FAILED -> "FAILED: " + problem;
            };
        }
    }

    /** The file's name in the demo data directory. */
    public static final String FILE = "publicities.json";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPublicities.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient client;
    private final Path directory;

    public DemoPublicities(GatewayClient client, Path directory) {
        this.client = client;
        this.directory = directory;
    }

    /** Opens every publicity of the file and logs one line each; never throws for one's failure. */
    public List<Result> loadAll() {
        List<Result> results = new ArrayList<>();
        for (JsonNode entry : read(directory.resolve(FILE))) {
            Result result = load(entry.path("opener").asString(), entry.path("request"));
            result.outcome().log(LOG, result.summary());
            results.add(result);
        }
        return results;
    }

    private Result load(String opener, JsonNode request) {
        String title = request.path("title").asString();
        try {
            GatewayClient.Reply reply = client.postJson("/api/v1/publicities", client.token(opener),
                    JSON.writeValueAsString(request));
            return switch (reply.status()) {
                case 201 -> new Result(title, Outcome.LOADED, reply.json().path("id").asString(), null);
                case 200 -> new Result(title, Outcome.EXISTING, reply.json().path("id").asString(), null);
                default -> new Result(title, Outcome.FAILED, null, reply.problem());
            };
        } catch (RuntimeException e) {
            return new Result(title, Outcome.FAILED, null, e.getMessage());
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
