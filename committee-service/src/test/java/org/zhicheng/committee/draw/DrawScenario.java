package org.zhicheng.committee.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * A fresh committee of Shangyu with its office, experts put in its pool, and approved meetings, all made through the
 * API (committees, experts, pools, meetings), for the draw's API tests.
 */
final class DrawScenario {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String SPECIALTY = "机电制造";
    static final String VENUE = "上虞区人力社保局";
    /** The service that tells the drawn experts, allowed to read a round's summons by default. */
    static final TestUser NOTIFICATION_SERVICE = TestUsers.serviceAccount("notification-service");

    final CommitteeFixtures fixtures;
    final ServiceApi api;
    final String code;
    final TestUser office;

    DrawScenario(int port) {
        fixtures = new CommitteeFixtures(port);
        api = fixtures.api();
        code = fixtures.committee("SY-DRW", SHANGYU);
        office = CommitteeFixtures.office(SHANGYU, code);
    }

    /** Experts of the meeting's specialty (机电制造, DEPUTY_SENIOR), each of its own unit, in the pool. */
    List<String> pooledExperts(int count) {
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            experts.add(fixtures.expert("E-DR", SHANGYU, CommitteeFixtures.unique("SY-UNIT")));
        }
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, experts.toArray(String[]::new));
        return experts;
    }

    /** An expert of the unit, in the pool. */
    String pooledExpert(String unit) {
        String expert = fixtures.expert("E-DR", SHANGYU, unit);
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, expert);
        return expert;
    }

    /** An expert of another specialty (信息技术): in the pool, never eligible for the meetings here. */
    String pooledExpertOfOtherSpecialty() {
        String id = CommitteeFixtures.unique("E-IT");
        Map<String, Object> body = CommitteeFixtures.expertBody(id, SHANGYU, CommitteeFixtures.unique("SY-UNIT"));
        body.put("specialty", "信息技术");
        Reply created = api.post("/api/v1/experts", TestTokens.bearer(HR_SHANGYU), body);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, id);
        return id;
    }

    static Map<String, Object> application(String applicantPerson, String applicantUnit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", UUID.randomUUID().toString());
        body.put("applicantPerson", applicantPerson);
        body.put("applicantUnit", applicantUnit);
        body.put("title", "ENGINEER");
        body.put("specialty", SPECIALTY);
        return body;
    }

    /** A meeting three weeks ahead with the applications assigned, filed by the office and approved by HR. */
    String approvedMeeting(int panelSize, int alternates, List<Map<String, Object>> applications) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("committee", code);
        body.put("title", "评审会 " + CommitteeFixtures.unique("M"));
        body.put("date", TODAY.plusDays(21).toString());
        body.put("venue", VENUE);
        body.put("specialties", List.of(SPECIALTY));
        body.put("titleLevels", List.of("DEPUTY_SENIOR"));
        body.put("panelSize", panelSize);
        body.put("alternates", alternates);
        String token = TestTokens.bearer(office);
        Reply created = api.post("/api/v1/meetings", token, body);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        String id = created.json().path("id").asString();
        for (Map<String, Object> application : applications) {
            Reply assigned = api.post("/api/v1/meetings/" + id + "/applications", token, application);
            assertThat(assigned.status()).as(String.valueOf(assigned.json())).isEqualTo(201);
        }
        Reply filed = api.post("/api/v1/meetings/" + id + "/filing", token, Map.of("qualifiedCount",
                applications.size(), "qualificationReviewSummary", "资格审查通过", "prePublicityReference",
                "虞人社公示〔2026〕1号", "prePublicitySummary", "公示无异议", "panelCompositionSummary", "随机抽取"));
        assertThat(filed.status()).as(String.valueOf(filed.json())).isEqualTo(200);
        Reply approved = api.post("/api/v1/meetings/" + id + "/approval", TestTokens.bearer(HR_SHANGYU),
                Map.of("consentReference", "虞人社函〔2026〕9号"));
        assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(200);
        return id;
    }

    static String draws(String meetingId) {
        return "/api/v1/meetings/" + meetingId + "/draws";
    }

    Reply commit(String meetingId) {
        return api.post(draws(meetingId), TestTokens.bearer(office), null);
    }

    /** Commits and draws; the office's view after drawing. */
    JsonNode drawn(String meetingId) {
        Reply committed = commit(meetingId);
        assertThat(committed.status()).as(String.valueOf(committed.json())).isEqualTo(201);
        String drawId = committed.json().path("id").asString();
        Reply drawn = api.post(draws(meetingId) + "/" + drawId + "/draw", TestTokens.bearer(office), null);
        assertThat(drawn.status()).as(String.valueOf(drawn.json())).isEqualTo(200);
        return drawn.json();
    }

    Reply confirm(String meetingId, String drawId, String expert) {
        return api.post(draws(meetingId) + "/" + drawId + "/seats/" + expert + "/confirmation",
                TestTokens.bearer(TestUsers.expert(SHANGYU, expert)), null);
    }

    Reply decline(String meetingId, String drawId, String expert) {
        return api.post(draws(meetingId) + "/" + drawId + "/seats/" + expert + "/decline",
                TestTokens.bearer(TestUsers.expert(SHANGYU, expert)), Map.of("reason", "出差在外"));
    }

    Reply pick(String meetingId, String drawId, String expert, String consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertId", expert);
        body.put("hrConsentReference", consent);
        return api.post(draws(meetingId) + "/" + drawId + "/emergency-picks", TestTokens.bearer(office), body);
    }

    Reply read(String meetingId, String drawId, TestUser user) {
        return api.get(draws(meetingId) + "/" + drawId, user == null ? null : TestTokens.bearer(user));
    }

    Reply summons(String meetingId, String drawId, int round, TestUser user) {
        return api.get(draws(meetingId) + "/" + drawId + "/rounds/" + round + "/summons",
                user == null ? null : TestTokens.bearer(user));
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static List<String> seatedExperts(JsonNode view) {
        return view.path("seats").valueStream().map(seat -> seat.path("expert").asString()).toList();
    }
}
