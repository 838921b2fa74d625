package org.zhicheng.stack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo plans of {@code deploy/demo-data} through the public API, as the demo users would: the importer
 * uploads the notice's table ({@code POST /plans/imports}, or {@code POST /plans} for a notice without a table) and
 * submits the draft, the approver approves and publishes it, so that the portals' anonymous search shows it.
 *
 * <p>Idempotent without a marker file: a plan is looked up by year, region, category and title through
 * {@code GET /plans} first; an existing one is only moved on to {@code PUBLISHED} (a run interrupted half-way
 * resumes). Every plan is loaded on its own: a failure is reported in its result and the next plan still loads.
 */
public final class DemoData {

    /**
     * @param rows    rows the import accepted (items created through {@code POST /plans}); for an existing plan its
     *                items
     * @param items   items of the plan as the public API shows it afterwards (-1 when not readable)
     * @param problem why it failed, precisely (the job's rejected rows, or the refused call and its problem)
     */
    public record Result(DemoPlan plan, Outcome outcome, int rows, String planId, String status, int items,
                         String problem) {

        /** The one-line summary the stack prints. */
        public String summary() {
            String head = "demo data " + plan.label() + " (" + plan.region() + " " + plan.year() + " "
                    + plan.category() + "): ";
            return switch (outcome) {
                case LOADED -> head + rows + " rows imported, plan " + planId + " " + status + ", " + items
                        + " items";
                case EXISTING -> head + "already there, plan " + planId + " " + status + ", " + items + " items";
                case FAILED -> head + "FAILED" + (planId == null ? "" : " (plan " + planId + " " + status + ")")
                        + ": " + problem;
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String PLANS = "/api/v1/plans";
    private static final Duration POLL = Duration.ofMillis(300);

    private final GatewayClient client;
    private final Path directory;
    private final Duration jobTimeout;

    public DemoData(GatewayClient client, Path directory, Duration jobTimeout) {
        this.client = client;
        this.directory = directory;
        this.jobTimeout = jobTimeout;
    }

    /** Loads every plan of the manifest and logs one summary line per plan; never throws for a plan's failure. */
    public List<Result> loadAll() {
        List<Result> results = new ArrayList<>();
        for (DemoPlan plan : DemoPlan.read(directory)) {
            Result result = load(plan);
            result.outcome().log(LOG, result.summary());
            results.add(result);
        }
        return results;
    }

    /** Loads one plan; any failure (refusal, timeout, unreachable service) becomes a {@code FAILED} result. */
    public Result load(DemoPlan plan) {
        try {
            JsonNode existing = find(plan);
            if (existing != null) {
                String id = existing.path("id").asString();
                Failure failure = publish(plan, id, existing.path("status").asString());
                return finish(plan, Outcome.EXISTING, existing.path("items").size(), id, failure);
            }
            Created created = plan.imported() ? importTable(plan) : createFromJson(plan);
            if (created.failure() != null) {
                return new Result(plan, Outcome.FAILED, 0, null, null, -1, created.failure());
            }
            Failure failure = publish(plan, created.planId(), "DRAFT");
            return finish(plan, Outcome.LOADED, created.rows(), created.planId(), failure);
        } catch (RuntimeException e) {
            String why = e.getMessage();
            if (why != null && why.startsWith("no token for") && why.contains("invalid_grant")) {
                // Keycloak imports the realm only into an empty database: users added to the file later are missing
                why += " (a realm imported before this user was added lacks it: ./stack up --clean re-imports"
                        + " deploy/keycloak)";
            }
            return new Result(plan, Outcome.FAILED, 0, null, null, -1, why);
        }
    }

    private Result finish(DemoPlan plan, Outcome outcome, int rows, String planId, Failure failure) {
        GatewayClient.Reply read = client.get(PLANS + "/" + planId, client.token(plan.importer()));
        String status = read.ok() ? read.json().path("status").asString() : "HTTP " + read.status();
        int items = read.ok() ? read.json().path("items").size() : -1;
        if (failure != null) {
            return new Result(plan, Outcome.FAILED, rows, planId, status, items, failure.text());
        }
        return new Result(plan, outcome, rows, planId, status, items, null);
    }

    /** The plan of this manifest line if the importer can see it (drafts of the region included), else null. */
    private JsonNode find(DemoPlan plan) {
        String query = "?year=" + plan.year() + "&region=" + plan.region() + "&category=" + plan.category()
                + "&size=100";
        GatewayClient.Reply reply = client.get(PLANS + query, client.token(plan.importer()));
        if (!reply.ok()) {
            throw new IllegalStateException("GET " + PLANS + query + ": " + reply.problem());
        }
        for (JsonNode candidate : reply.json().path("content")) {
            if (candidate.path("title").asString().equals(plan.title())
                    && candidate.path("region").asString().equals(plan.region())) {
                return candidate;
            }
        }
        return null;
    }

    private Created importTable(DemoPlan plan) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", Integer.toString(plan.year()));
        form.put("region", plan.region());
        form.put("category", plan.category());
        form.put("title", plan.title());
        form.put("table", Integer.toString(plan.table()));
        String token = client.token(plan.importer());
        GatewayClient.Reply started = client.postMultipart(PLANS + "/imports", token, form, plan.file(),
                bytes(plan.file()));
        if (started.status() != 202) {
            return Created.failed("import refused: " + started.problem());
        }
        String jobId = started.json().path("id").asString();
        Instant deadline = Instant.now().plus(jobTimeout);
        while (true) {
            GatewayClient.Reply job = client.get(PLANS + "/imports/" + jobId, token);
            if (!job.ok()) {
                return Created.failed("import job " + jobId + ": " + job.problem());
            }
            JsonNode view = job.json();
            String status = view.path("status").asString();
            if (status.equals("SUCCEEDED")) {
                return new Created(view.path("planId").asString(),
                        view.path("report").path("rowsAccepted").asInt(), null);
            }
            if (status.equals("FAILED")) {
                return Created.failed("import job " + jobId + " FAILED " + view.path("failureCode").asString()
                        + rejectedRows(view.path("report")));
            }
            if (Instant.now().isAfter(deadline)) {
                return Created.failed("import job " + jobId + " still " + status + " after "
                        + jobTimeout.toSeconds() + " s");
            }
            sleep();
        }
    }

    /** The job report's rejected rows: {@code ; row 12: import.unknown-title: …}, and its overall problem. */
    private static String rejectedRows(JsonNode report) {
        StringBuilder text = new StringBuilder();
        if (report.hasNonNull("problem") && !report.path("problem").asString().isBlank()) {
            text.append(" (").append(report.path("problem").asString()).append(')');
        }
        text.append(", ").append(report.path("rowsAccepted").asInt()).append(" of ")
                .append(report.path("rows").size()).append(" rows accepted");
        for (JsonNode row : report.path("rows")) {
            if (!row.path("accepted").asBoolean()) {
                List<String> problems = new ArrayList<>();
                row.path("problems").forEach(p -> problems.add(p.asString()));
                text.append("; row ").append(row.path("row").asInt()).append(": ")
                        .append(String.join(" | ", problems));
            }
        }
        return text.toString();
    }

    private Created createFromJson(DemoPlan plan) {
        String body = new String(bytes(plan.file()), StandardCharsets.UTF_8);
        GatewayClient.Reply created = client.postJson(PLANS, client.token(plan.importer()), body);
        if (created.status() != 201) {
            return Created.failed("POST " + PLANS + " refused: " + created.problem());
        }
        JsonNode view = created.json();
        return new Created(view.path("id").asString(), view.path("items").size(), null);
    }

    /** Moves the plan from {@code status} on to PUBLISHED: submit (importer), approve and publish (approver). */
    private Failure publish(DemoPlan plan, String planId, String status) {
        String current = status;
        while (!current.equals("PUBLISHED") && !current.equals("CLOSED")) {
            String action;
            String user;
            switch (current) {
                case "DRAFT", "RETURNED" -> {
                    action = "submit";
                    user = plan.importer();
                }
                case "SUBMITTED" -> {
                    action = "approve";
                    user = plan.approver();
                }
                case "APPROVED" -> {
                    action = "publish";
                    user = plan.approver();
                }
                default -> {
                    return new Failure("unexpected plan status " + current);
                }
            }
            GatewayClient.Reply reply = client.postJson(PLANS + "/" + planId + "/" + action, client.token(user),
                    "{}");
            if (!reply.ok()) {
                return new Failure(action + " as " + user + " refused: " + reply.problem());
            }
            current = reply.json().path("status").asString();
        }
        return null;
    }

    private byte[] bytes(String file) {
        try {
            return Files.readAllBytes(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(file), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Created(String planId, int rows, String failure) {
        static Created failed(String why) {
            return new Created(null, 0, why);
        }
    }

    private record Failure(String text) {
    }
}
