package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhicheng.infra.MailServer;

/**
 * A committee's year on the real stack, through the gateway with real Keycloak tokens: the HR bureau registers the
 * committee and its experts, the office files the pool and the HR bureau consents; the office plans a meeting two
 * weeks ahead, assigns three applications, files it and the HR bureau approves; the panel is drawn (an expert of an
 * applicant's unit excluded, with the reason), notification-service summons the drawn experts (inbox and e-mail on
 * the stack's mail server), the drawn experts confirm in person, and anyone replays the draw from
 * its public record. Then committee-service is restarted with its clock moved past the meeting day: the replay is
 * identical after the restart, the meeting opens, the quorum is confirmed, every panelist casts their own secret
 * ballots, a second ballot is refused, the chair closes, and the minutes carry the outcomes of
 * {@code 3 × agree ≥ 2 × attending}. The salt, revealed after the close, maps the public pseudonyms to the panel.
 *
 * <p>The committee, its office and its experts are this test's own (fresh codes and Keycloak users), so it shares
 * the stack with the other end-to-end tests without touching the demo data.
 */
class CommitteeE2EIT extends E2ETestBase {

    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");
    private static final String SHANGYU = "330604";
    private static final String SPECIALTY = "建筑施工";
    private static final int EXPERTS = 7;

    @Test
    void aMeetingIsPlannedFiledDrawnVerifiablyHeldAndMinuted() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "E2E-" + run;
        KeycloakUsers keycloak = new KeycloakUsers(stack());
        String officeUser = "office.e2e-" + run.toLowerCase(Locale.ROOT);
        keycloak.create(officeUser, "committee-office", Map.of("region", SHANGYU, "committees", code));
        String office = userToken(officeUser);
        String hr = userToken("hr.sy");

        // the HR bureau registers the committee (public register) and the experts
        HttpResponse<String> registered = postJson("/api/v1/committees", hr, """
                {"code":"%s","name":"E2E 上虞区建设工程测试评委会 %s","level":"INTERMEDIATE","kind":"REGULAR",
                 "series":"ENGINEERING","specialties":["%s"],"evaluatedTitles":["ENGINEER_INTERMEDIATE"],
                 "territory":"%s","officeUnit":"上虞区人力资源和社会保障局"}""".formatted(code, run, SPECIALTY, SHANGYU));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(get("/api/v1/committees/" + code, null).statusCode()).isEqualTo(200);

        Map<String, String> unitOf = new LinkedHashMap<>();
        for (int i = 1; i <= EXPERTS; i++) {
            String expert = code + "-" + i;
            unitOf.put(expert, "E2E-UNIT-" + run + "-" + i);
            HttpResponse<String> created = postJson("/api/v1/experts", hr, """
                    {"id":"%s","name":"专家%d","title":"高级工程师","titleLevel":"DEPUTY_SENIOR","series":"ENGINEERING",
                     "specialty":"%s","unit":"%s","region":"%s","phone":"1390000000%d","email":"%s"}"""
                    .formatted(expert, i, SPECIALTY, unitOf.get(expert), SHANGYU, i, mailOf(expert)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            keycloak.create("expert.e2e-" + run.toLowerCase(Locale.ROOT) + "-" + i, "expert",
                    Map.of("region", SHANGYU, "unit", unitOf.get(expert), "person", expert));
        }

        // the office files the pool for a three-year term, the HR bureau consents (000 三(一))
        LocalDate today = LocalDate.now(ZHEJIANG);
        StringBuilder adds = new StringBuilder();
        for (String expert : unitOf.keySet()) {
            adds.append(adds.isEmpty() ? "" : ",").append("""
                    {"expert":"%s","termStart":"%s","termEnd":"%s"}""".formatted(expert, today,
                    today.plusYears(3).minusDays(1)));
        }
        HttpResponse<String> filed = postJson("/api/v1/committees/" + code + "/pool-requests", office,
                "{\"add\":[" + adds + "],\"reason\":\"组建专家库\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String requestId = JsonPath.read(filed.body(), "$.id");
        assertThat(postJson("/api/v1/committees/" + code + "/pool-requests/" + requestId + "/approval",
                userToken("hr.ld"), "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> consented = postJson("/api/v1/committees/" + code + "/pool-requests/" + requestId
                + "/approval", hr, "{\"reason\":\"同意\"}");
        assertThat(consented.statusCode()).as(consented.body()).isEqualTo(200);

        // the office plans the meeting two weeks ahead and assigns three applications; one applicant works at the
        // unit of the last expert, who must not sit on the panel
        LocalDate meetingDay = today.plusDays(14);
        HttpResponse<String> planned = postJson("/api/v1/meetings", office, """
                {"committee":"%s","title":"E2E 评审会 %s","date":"%s","venue":"上虞区人社局会议室",
                 "specialties":["%s"],"titleLevels":["DEPUTY_SENIOR"],"panelSize":5,"alternates":1}"""
                .formatted(code, run, meetingDay, SPECIALTY));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String meeting = JsonPath.read(planned.body(), "$.id");
        String base = "/api/v1/meetings/" + meeting;
        List<String> applications = new ArrayList<>();
        String conflictedUnit = unitOf.get(code + "-" + EXPERTS);
        for (int i = 1; i <= 3; i++) {
            String application = UUID.randomUUID().toString();
            applications.add(application);
            HttpResponse<String> assigned = postJson(base + "/applications", office, """
                    {"applicationId":"%s","applicantPerson":"P-E2E-%s-%d","applicantUnit":"%s","title":"ENGINEER",
                     "specialty":"%s"}""".formatted(application, run, i,
                    i == 1 ? conflictedUnit : "E2E-APPLICANT-UNIT-" + i, SPECIALTY));
            assertThat(assigned.statusCode()).as(assigned.body()).isIn(200, 201);
        }
        HttpResponse<String> filing = postJson(base + "/filing", office, """
                {"qualifiedCount":3,"qualificationReviewSummary":"3 人通过资格审查","prePublicityReference":"E2E-公示-%s",
                 "prePublicitySummary":"评前公示 5 个工作日，无异议","panelCompositionSummary":"从 7 人专家库随机抽取 5 人"}"""
                .formatted(run));
        assertThat(filing.statusCode()).as(filing.body()).isEqualTo(200);
        assertThat(postJson(base + "/approval", userToken("hr.ld"), "{\"consentReference\":\"x\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> approved = postJson(base + "/approval", hr,
                "{\"consentReference\":\"虞人社函〔2026〕E2E\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        // the draw: commit, then draw; the expert of the applicant's unit is excluded with the reason
        HttpResponse<String> committed = postJson(base + "/draws", office, "{}");
        assertThat(committed.statusCode()).as(committed.body()).isEqualTo(201);
        String draw = JsonPath.read(committed.body(), "$.id");
        String drawPath = base + "/draws/" + draw;
        HttpResponse<String> drawn = postJson(drawPath + "/draw", office, "{}");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(drawn.body(), "$.exclusions[*].expert"))
                .containsExactly(code + "-" + EXPERTS);
        assertThat(JsonPath.<List<String>>read(drawn.body(), "$.exclusions[*].reason")).containsExactly("SAME_UNIT_AS_APPLICANT");
        List<String> panel = JsonPath.read(drawn.body(), "$.seats[*].expert");
        assertThat(panel).hasSize(5).doesNotContain(code + "-" + EXPERTS);

        // notification-service asks committee-service whom the round drew (PanelDrawn names nobody) and summons them:
        // in their inboxes and by e-mail on the stack's mail server
        for (String expert : panel) {
            List<MailServer.Mail> mails = mail().awaitMessagesTo(mailOf(expert), 1, Duration.ofSeconds(60));
            assertThat(mails.getLast().subject()).isEqualTo("评审专家抽取通知：E2E 评审会 " + run);
            assertThat(mails.getLast().body()).contains(meetingDay.toString()).contains("评审专家");
            HttpResponse<String> inbox = get("/api/v1/inbox", expertToken(run, expert));
            assertThat(JsonPath.<List<String>>read(inbox.body(), "$.content[*].type")).contains("PANEL_SUMMONS");
            assertThat(JsonPath.<List<String>>read(inbox.body(), "$.content[*].linkId")).contains(meeting);
        }

        // identities stay with the office and HR: the public record and replay use pseudonyms only
        assertThat(get(drawPath, userToken("applicant.sy")).statusCode()).isEqualTo(403);
        assertThat(get(drawPath, null).statusCode()).isEqualTo(401);
        String record = get(drawPath + "/record", null).body();
        assertThat(record).doesNotContain(code + "-");
        String replay = get(drawPath + "/replay", null).body();
        assertThat(JsonPath.<Boolean>read(replay, "$.verified")).isTrue();
        assertThat(JsonPath.<Boolean>read(replay, "$.matchesStoredDraw")).isTrue();
        List<String> replayedPanel = JsonPath.read(replay, "$.initialPanel");

        // each drawn expert confirms with their own login; the meeting then holds the panel
        for (String expert : panel) {
            HttpResponse<String> confirmed = postJson(drawPath + "/seats/" + expert + "/confirmation",
                    expertToken(run, expert), "{}");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        }
        assertThat(JsonPath.<String>read(get(base, office).body(), "$.status")).isEqualTo("PANEL_DRAWN");
        String confirmedRecord = get(drawPath + "/record", null).body();
        assertThat(confirmedRecord).doesNotContain(code + "-").contains("CONFIRMED");

        // committee-service restarts with its clock past the meeting day: the draw replays identically
        LocalStack.restartService(stack(), "committee", List.of("--zhicheng.time.offset=P15D"));
        try {
            String replayAfterRestart = get(drawPath + "/replay", null).body();
            assertThat(JsonPath.<Boolean>read(replayAfterRestart, "$.verified")).isTrue();
            assertThat(JsonPath.<List<String>>read(replayAfterRestart, "$.initialPanel"))
                    .containsExactlyElementsOf(replayedPanel);
            assertThat(get(drawPath + "/record", null).body()).isEqualTo(confirmedRecord);

            holdTheMeeting(base, office, run, panel, applications);
        } finally {
            LocalStack.restartService(stack(), "committee", List.of());
        }

        // after the close the salt maps each public pseudonym to the panel (docs/api/committee-draw-algorithm.md)
        HttpResponse<String> salt = get(drawPath + "/salt", office);
        assertThat(salt.statusCode()).as(salt.body()).isEqualTo(200);
        String saltHex = JsonPath.read(salt.body(), "$.salt");
        List<String> pseudonyms = panel.stream().map(expert -> sha256Hex(saltHex + ":" + expert)).toList();
        assertThat(replayedPanel).containsExactlyElementsOf(pseudonyms);
    }

    private static void holdTheMeeting(String base, String office, String run, List<String> panel,
            List<String> applications) {
        String chair = panel.getFirst();
        HttpResponse<String> opened = postJson(base + "/opening", office, "{\"chair\":\"" + chair + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        HttpResponse<String> attendance = postJson(base + "/attendance", office,
                "{\"present\":[\"" + String.join("\",\"", panel) + "\"]}");
        assertThat(attendance.statusCode()).as(attendance.body()).isEqualTo(200);
        HttpResponse<String> balloting = postJson(base + "/balloting", office, "{}");
        assertThat(balloting.statusCode()).as(balloting.body()).isEqualTo(200);

        // 5 attending: 4 agree passes (12 ≥ 10), 3 agree fails (9 < 10), 5 agree passes
        int[] agreeing = {4, 3, 5};
        for (int a = 0; a < applications.size(); a++) {
            for (int e = 0; e < panel.size(); e++) {
                String choice = e < agreeing[a] ? "AGREE" : (e % 2 == 0 ? "DISAGREE" : "ABSTAIN");
                HttpResponse<String> cast = postJson(base + "/applications/" + applications.get(a) + "/ballot",
                        expertToken(run, panel.get(e)), "{\"choice\":\"" + choice + "\"}");
                assertThat(cast.statusCode()).as(cast.body()).isEqualTo(201);
                assertThat(cast.body()).doesNotContain(choice);
            }
        }
        HttpResponse<String> second = postJson(base + "/applications/" + applications.getFirst() + "/ballot",
                expertToken(run, panel.get(1)), "{\"choice\":\"DISAGREE\"}");
        assertThat(second.statusCode()).isIn(409, 422);
        assertThat(JsonPath.<String>read(second.body(), "$.code")).isEqualTo("ballot.already-cast");

        HttpResponse<String> notTheChair = postJson(base + "/closing", expertToken(run, panel.get(1)), "{}");
        assertThat(notTheChair.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(notTheChair.body(), "$.code")).isEqualTo("ballot.not-chair");
        HttpResponse<String> closed = postJson(base + "/closing", expertToken(run, chair), "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        HttpResponse<String> minutes = get(base + "/minutes", office);
        assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(minutes.body(), "$.present")).containsExactlyInAnyOrderElementsOf(panel);
        for (int a = 0; a < applications.size(); a++) {
            String result = "$.results[?(@.applicationId == '" + applications.get(a) + "')]";
            assertThat(JsonPath.<List<Integer>>read(minutes.body(), result + ".agree")).containsExactly(agreeing[a]);
            assertThat(JsonPath.<List<String>>read(minutes.body(), result + ".outcome"))
                    .containsExactly(agreeing[a] == 3 ? "FAILED" : "PASSED");
        }
        assertThat(minutes.body()).doesNotContain("AGREE\",\"voter");
        assertThat(get(base + "/minutes", userToken("applicant.sy")).statusCode()).isEqualTo(403);
        HttpResponse<String> late = postJson(base + "/applications/" + applications.getLast() + "/ballot",
                expertToken(run, panel.getLast()), "{\"choice\":\"AGREE\"}");
        assertThat(late.statusCode()).isIn(409, 422);
    }

    /** Where the test's experts read their mail: their profile's address. */
    private static String mailOf(String expert) {
        return expert.toLowerCase(Locale.ROOT) + "@e2e.zhicheng.example";
    }

    private static String expertToken(String run, String expert) {
        String index = expert.substring(expert.lastIndexOf('-') + 1);
        return userToken("expert.e2e-" + run.toLowerCase(Locale.ROOT) + "-" + index);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
