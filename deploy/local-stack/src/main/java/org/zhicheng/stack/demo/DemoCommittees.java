package org.zhicheng.stack.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers the demo committees of {@code deploy/demo-data/committees.tsv}, their experts of {@code experts.tsv} and
 * each committee's expert pool through the gateway, as the users who do it in production: the HR bureau registers
 * the committee and the experts, the committee's office files the pool with the HR bureau, which approves it
 * (000 三(一)). The pool's term is three years from 1 January of the current year (Asia/Shanghai).
 *
 * <p>Idempotent without a marker file: a committee or expert that reads back is not registered again (registration
 * is idempotent by territory and name anyway), a pending pool request is approved rather than filed twice, and only
 * experts not yet serving are filed. A committee is loaded on its own: a refusal is reported and the next loads.
 */
public final class DemoCommittees {

    /** One committee's result: how many experts were created and how many joined its pool in this run. */
    public record Result(String code, Outcome outcome, int expertsCreated, int membersAdded, String problem) {

        public String summary() {
            return "demo committee " + code + ": " + switch (outcome) {
                case LOADED -> "registered or completed, " + expertsCreated + " experts created, " + membersAdded
                        + " pool members approved";
                case EXISTING -> "already complete";
                case FAILED -> "FAILED: " + problem;
            };
        }
    }

    /** One demo meeting's result: where its chain of steps got to, the drawn panel's size and the exclusions. */
    public record MeetingResult(String committee, String title, Outcome outcome, String meetingId, String drawId,
            int seats, int excluded, String problem) {

        public String summary() {
            return "demo meeting " + committee + " " + title + ": " + switch (outcome) {
                case LOADED -> "planned, filed, approved and drawn (" + seats + " seats, " + excluded
                        + " excluded), draw " + drawId;
                case EXISTING -> "already there (meeting " + meetingId + ")";
                case FAILED -> "FAILED: " + problem;
            };
        }
    }

    record Meeting(String committee, String title, int daysAhead, List<String> specialties, List<String> titleLevels,
            int panelSize, int alternates, List<String> applications, String office, String approver) {
    }

    record Committee(String code, String name, String level, String kind, String series, List<String> specialties,
            List<String> evaluated, List<String> recommended, String territory, String organisingUnit,
            String officeUnit, String registrar, String office, String approver) {
    }

    record Expert(String committee, String id, String name, String title, String titleLevel, String series,
            String specialty, String unit, String region, String phone, String email, String creator) {
    }

    public static final String COMMITTEES = "committees.tsv";
    public static final String EXPERTS = "experts.tsv";
    public static final String MEETINGS = "meetings.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommittees.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");
    /** 000 三(一): an expert pool's term is three years. */
    private static final int TERM_YEARS = 3;

    private final GatewayClient client;
    private final Path directory;
    private final Clock clock;

    public DemoCommittees(GatewayClient client, Path directory, Clock clock) {
        this.client = client;
        this.directory = directory;
        this.clock = clock;
    }

    /** Loads every committee with its experts and pool; one log line per committee; never throws for one's failure. */
    public List<Result> loadAll() {
        Map<String, List<Expert>> experts = new LinkedHashMap<>();
        for (Expert expert : readExperts(directory.resolve(EXPERTS))) {
            experts.computeIfAbsent(expert.committee(), c -> new ArrayList<>()).add(expert);
        }
        List<Result> results = new ArrayList<>();
        for (Committee committee : readCommittees(directory.resolve(COMMITTEES))) {
            Result result = load(committee, experts.getOrDefault(committee.code(), List.of()));
            result.outcome().log(LOG, result.summary());
            results.add(result);
        }
        return results;
    }

    /**
     * Plans, files, approves and draws the demo meetings of {@code meetings.tsv} (after {@link #loadAll()}); a meeting
     * of the committee with the same title (not cancelled) is left as it is, so loading twice adds nothing.
     */
    public List<MeetingResult> loadMeetings() {
        List<MeetingResult> results = new ArrayList<>();
        for (Meeting meeting : readMeetings(directory.resolve(MEETINGS))) {
            MeetingResult result = load(meeting);
            result.outcome().log(LOG, result.summary());
            results.add(result);
        }
        return results;
    }

    private MeetingResult load(Meeting meeting) {
        try {
            String office = client.token(meeting.office());
            GatewayClient.Reply existing = client.get("/api/v1/meetings?size=100&committee=" + meeting.committee(),
                    office);
            if (!existing.ok()) {
                return failed(meeting, "listing the meetings: " + existing.problem());
            }
            for (JsonNode found : existing.json().path("content")) {
                if (meeting.title().equals(found.path("title").asString())
                        && !"CANCELLED".equals(found.path("status").asString())) {
                    return new MeetingResult(meeting.committee(), meeting.title(), Outcome.EXISTING,
                            found.path("id").asString(), null, 0, 0, null);
                }
            }
            GatewayClient.Reply planned = client.postJson("/api/v1/meetings", office, body(meeting));
            if (planned.status() != 201) {
                return failed(meeting, "planning: " + planned.problem());
            }
            String id = planned.json().path("id").asString();
            String base = "/api/v1/meetings/" + id;
            int number = 0;
            for (String application : meeting.applications()) {
                String[] personAndUnit = application.split("@", 2);
                ObjectNode assignment = JSON.createObjectNode();
                assignment.put("applicationId", UUID.nameUUIDFromBytes((id + "|" + application)
                        .getBytes(StandardCharsets.UTF_8)).toString());
                assignment.put("applicantPerson", personAndUnit[0]);
                assignment.put("applicantUnit", personAndUnit[1]);
                assignment.put("title", "ENGINEER");
                assignment.put("specialty", meeting.specialties().get(number++ % meeting.specialties().size()));
                GatewayClient.Reply assigned = client.postJson(base + "/applications", office,
                        JSON.writeValueAsString(assignment));
                if (!assigned.ok()) {
                    return failed(meeting, "assigning " + application + ": " + assigned.problem());
                }
            }
            ObjectNode filing = JSON.createObjectNode();
            filing.put("qualifiedCount", meeting.applications().size());
            filing.put("qualificationReviewSummary", meeting.applications().size() + " 人通过资格审查（演示）");
            filing.put("prePublicityReference", "演示-评前公示-" + meeting.committee());
            filing.put("prePublicitySummary", "评前公示 5 个工作日，无异议（演示）");
            filing.put("panelCompositionSummary", "从专家库随机抽取 " + meeting.panelSize() + " 人，候补 "
                    + meeting.alternates() + " 人");
            GatewayClient.Reply filed = client.postJson(base + "/filing", office, JSON.writeValueAsString(filing));
            if (!filed.ok()) {
                return failed(meeting, "filing: " + filed.problem());
            }
            GatewayClient.Reply approved = client.postJson(base + "/approval", client.token(meeting.approver()),
                    "{\"consentReference\":\"演示-人社函-" + meeting.committee() + "\"}");
            if (!approved.ok()) {
                return failed(meeting, "approving: " + approved.problem());
            }
            GatewayClient.Reply committed = client.postJson(base + "/draws", office, "{}");
            if (committed.status() != 201) {
                return failed(meeting, "committing the draw: " + committed.problem());
            }
            String drawId = committed.json().path("id").asString();
            GatewayClient.Reply drawn = client.postJson(base + "/draws/" + drawId + "/draw", office, "{}");
            if (!drawn.ok()) {
                return failed(meeting, "drawing: " + drawn.problem());
            }
            return new MeetingResult(meeting.committee(), meeting.title(), Outcome.LOADED, id, drawId,
                    drawn.json().path("seats").size(), drawn.json().path("exclusions").size(), null);
        } catch (RuntimeException e) {
            return failed(meeting, e.getMessage());
        }
    }

    private MeetingResult failed(Meeting meeting, String problem) {
        return new MeetingResult(meeting.committee(), meeting.title(), Outcome.FAILED, null, null, 0, 0, problem);
    }

    private String body(Meeting meeting) {
        ObjectNode body = JSON.createObjectNode();
        body.put("committee", meeting.committee());
        body.put("title", meeting.title());
        body.put("date", LocalDate.now(clock.withZone(ZHEJIANG)).plusDays(meeting.daysAhead()).toString());
        body.put("venue", "演示会议室");
        meeting.specialties().forEach(body.putArray("specialties")::add);
        meeting.titleLevels().forEach(body.putArray("titleLevels")::add);
        body.put("panelSize", meeting.panelSize());
        body.put("alternates", meeting.alternates());
        return JSON.writeValueAsString(body);
    }

    private Result load(Committee committee, List<Expert> experts) {
        try {
            String registrar = client.token(committee.registrar());
            GatewayClient.Reply existing = client.get("/api/v1/committees/" + committee.code(), registrar);
            boolean registered = false;
            if (existing.status() == 404) {
                GatewayClient.Reply created = client.postJson("/api/v1/committees", registrar, body(committee));
                if (!created.ok()) {
                    return failed(committee, "registering: " + created.problem());
                }
                registered = true;
            } else if (!existing.ok()) {
                return failed(committee, "reading: " + existing.problem());
            }
            int createdExperts = 0;
            for (Expert expert : experts) {
                String creator = client.token(expert.creator());
                GatewayClient.Reply found = client.get("/api/v1/experts/" + expert.id(), creator);
                if (found.status() == 404) {
                    GatewayClient.Reply created = client.postJson("/api/v1/experts", creator, body(expert));
                    if (!created.ok()) {
                        return failed(committee, "expert " + expert.id() + ": " + created.problem());
                    }
                    createdExperts++;
                } else if (!found.ok()) {
                    return failed(committee, "expert " + expert.id() + ": " + found.problem());
                }
            }
            PoolOutcome pool = completePool(committee, experts);
            if (pool.problem() != null) {
                return failed(committee, pool.problem());
            }
            boolean changed = registered || createdExperts > 0 || pool.added() > 0;
            return new Result(committee.code(), changed ? Outcome.LOADED : Outcome.EXISTING, createdExperts,
                    pool.added(), null);
        } catch (RuntimeException e) {
            return failed(committee, e.getMessage());
        }
    }

    /** Members approved in this run, or why the pool could not be completed. */
    private record PoolOutcome(int added, String problem) {

        static PoolOutcome refused(String step, GatewayClient.Reply reply) {
            return new PoolOutcome(0, step + ": " + reply.problem());
        }
    }

    /** Approves a pending request left by an interrupted run, then files and approves the experts not yet serving. */
    private PoolOutcome completePool(Committee committee, List<Expert> experts) {
        String office = client.token(committee.office());
        String approver = client.token(committee.approver());
        String base = "/api/v1/committees/" + committee.code();
        int added = 0;
        GatewayClient.Reply requests = client.get(base + "/pool-requests", office);
        if (!requests.ok()) {
            return PoolOutcome.refused("reading the pool requests", requests);
        }
        for (JsonNode request : requests.json()) {
            if ("PENDING".equals(request.path("status").asString())) {
                GatewayClient.Reply approved = client.postJson(base + "/pool-requests/" + request.path("id")
                        .asString() + "/approval", approver, "{}");
                if (!approved.ok()) {
                    return PoolOutcome.refused("approving the pending pool request", approved);
                }
                added += request.path("add").size();
            }
        }
        GatewayClient.Reply pool = client.get(base + "/pool", office);
        if (!pool.ok()) {
            return PoolOutcome.refused("reading the pool", pool);
        }
        Set<String> serving = new HashSet<>();
        pool.json().path("members").forEach(member -> serving.add(member.path("expert").asString()));
        LocalDate termStart = LocalDate.now(clock.withZone(ZHEJIANG)).withDayOfYear(1);
        LocalDate termEnd = termStart.plusYears(TERM_YEARS).minusDays(1);
        ObjectNode request = JSON.createObjectNode();
        ArrayNode add = request.putArray("add");
        for (Expert expert : experts) {
            if (!serving.contains(expert.id())) {
                add.addObject().put("expert", expert.id()).put("termStart", termStart.toString())
                        .put("termEnd", termEnd.toString());
            }
        }
        if (add.isEmpty()) {
            return new PoolOutcome(added, null);
        }
        request.put("reason", "组建专家库（演示数据）");
        GatewayClient.Reply filed = client.postJson(base + "/pool-requests", office, JSON.writeValueAsString(request));
        if (filed.status() != 201) {
            return PoolOutcome.refused("filing the pool request", filed);
        }
        GatewayClient.Reply approved = client.postJson(base + "/pool-requests/" + filed.json().path("id").asString()
                + "/approval", approver, "{\"reason\":\"同意备案\"}");
        if (!approved.ok()) {
            return PoolOutcome.refused("approving the pool request", approved);
        }
        return new PoolOutcome(added + add.size(), null);
    }

    private Result failed(Committee committee, String problem) {
        return new Result(committee.code(), Outcome.FAILED, 0, 0, problem);
    }

    static String body(Committee committee) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", committee.code());
        body.put("name", committee.name());
        body.put("level", committee.level());
        body.put("kind", committee.kind());
        body.put("series", committee.series());
        committee.specialties().forEach(body.putArray("specialties")::add);
        committee.evaluated().forEach(body.putArray("evaluatedTitles")::add);
        committee.recommended().forEach(body.putArray("recommendedTitles")::add);
        body.put("territory", committee.territory());
        body.put("organisingUnit", committee.organisingUnit());
        body.put("officeUnit", committee.officeUnit());
        return JSON.writeValueAsString(body);
    }

    static String body(Expert expert) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", expert.id());
        body.put("name", expert.name());
        body.put("title", expert.title());
        body.put("titleLevel", expert.titleLevel());
        body.put("series", expert.series());
        body.put("specialty", expert.specialty());
        body.put("unit", expert.unit());
        body.put("region", expert.region());
        body.put("phone", expert.phone());
        body.put("email", expert.email());
        return JSON.writeValueAsString(body);
    }

    static List<Committee> readCommittees(Path file) {
        List<Committee> committees = new ArrayList<>();
        for (String[] f : Tsv.rows(file, 14)) {
            committees.add(new Committee(f[0], f[1], f[2], f[3], f[4], list(f[5]), list(f[6]), list(f[7]), f[8],
                    f[9], f[10], f[11], f[12], f[13]));
        }
        return committees;
    }

    static List<Expert> readExperts(Path file) {
        List<Expert> experts = new ArrayList<>();
        for (String[] f : Tsv.rows(file, 12)) {
            experts.add(new Expert(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11]));
        }
        return experts;
    }

    static List<Meeting> readMeetings(Path file) {
        List<Meeting> meetings = new ArrayList<>();
        for (String[] f : Tsv.rows(file, 10)) {
            meetings.add(new Meeting(f[0], f[1], Integer.parseInt(f[2]), list(f[3]), list(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), list(f[7]), f[8], f[9]));
        }
        return meetings;
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("、"));
    }
}
