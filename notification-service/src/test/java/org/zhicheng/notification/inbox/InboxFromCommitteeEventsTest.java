package org.zhicheng.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * committee-service's events in the inboxes they concern: a discipline in the expert's unit and the expert's own,
 * an overdue self-evaluation filing and a filed meeting with the HR bureaus of the territory and its city, a
 * suspension with the committee's office; read and unread, in the reader's language, never in someone else's inbox.
 */
@NotificationServiceTest
class InboxFromCommitteeEventsTest {

    private static final String TOPIC = "zhicheng.committee.events";

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aDisciplineReachesTheExpertsUnitAndTheExpert() {
        String unit = "U-" + UUID.randomUUID().toString().substring(0, 8);
        String expert = "E-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recordId", UUID.randomUUID().toString());
        data.put("expert", expert);
        data.put("name", "张伟");
        data.put("unit", unit);
        data.put("region", TestUsers.SHANGYU);
        data.put("kind", "LEAK");
        data.put("reason", "评审期间向申报人透露评审意见");
        data.put("committees", List.of("SY-ENG-MID"));
        data.put("disciplinedBy", "hr.sy");
        data.put("disciplinedAt", Instant.now().toString());
        UUID event = UUID.randomUUID();
        String envelope = KafkaEvents.envelope(event, "committee-service", "ExpertDisciplined", expert, data);
        KafkaEvents.sendRaw(TOPIC, expert, envelope);
        KafkaEvents.sendRaw(TOPIC, expert, envelope);
        KafkaEvents.awaitConsumed(TOPIC);

        TestUser employer = TestUsers.employer(TestUsers.SHANGYU, unit);
        Reply unitInbox = api.get("/api/v1/inbox", TestTokens.bearer(employer));
        Reply expertInbox = api.get("/api/v1/inbox", TestTokens.bearer(TestUsers.expert(TestUsers.SHANGYU, expert)));
        Reply otherUnit = api.get("/api/v1/inbox", TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU,
                "U-OTHER")));

        assertThat(unitInbox.status()).isEqualTo(200);
        JsonNode item = unitInbox.json().path("content").get(0);
        assertThat(unitInbox.json().path("content").size()).isEqualTo(1);
        assertThat(item.path("type").asString()).isEqualTo("EXPERT_DISCIPLINED");
        assertThat(item.path("title").asString()).isEqualTo("评审专家违纪处理通报：张伟");
        assertThat(item.path("body").asString()).contains("泄露评审信息").contains("SY-ENG-MID");
        assertThat(item.path("address").asString()).isEqualTo("UNIT:" + unit);
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(unitInbox.json().path("unread").asLong()).isEqualTo(1);
        assertThat(expertInbox.json().path("content").findValuesAsString("type")).contains("EXPERT_DISCIPLINED");
        assertThat(otherUnit.raw().body()).doesNotContain(event.toString()).doesNotContain(expert);

        String id = item.path("id").asString();
        Reply english = api.send("GET", "/api/v1/inbox/" + id, TestTokens.bearer(employer), null,
                "Accept-Language", "en");
        Reply read = api.post("/api/v1/inbox/" + id + "/read", TestTokens.bearer(employer), null);
        Reply unreadOnly = api.get("/api/v1/inbox?unread=true", TestTokens.bearer(employer));
        Reply foreign = api.get("/api/v1/inbox/" + id, TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU,
                "U-OTHER")));
        Reply foreignRead = api.post("/api/v1/inbox/" + id + "/read",
                TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHANGYU)), null);

        assertThat(english.json().path("title").asString()).isEqualTo("Expert disciplined: 张伟");
        assertThat(english.json().path("body").asString()).contains("leaking evaluation information");
        assertThat(read.json().path("read").asBoolean()).isTrue();
        assertThat(unreadOnly.json().path("content").size()).isZero();
        assertThat(unreadOnly.json().path("unread").asLong()).isZero();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("inbox-item.not-found");
        assertThat(foreignRead.status()).isEqualTo(404);
    }

    @Test
    void anOverdueFilingAndAFiledMeetingReachTheHrBureausOfTheTerritoryAndItsCity() {
        String code = "SE-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaEvents.send(TOPIC, "committee-service", "CommitteeRegistered", code,
                PublicityFixtures.committeeRegistered(code, "自主评聘评委会 " + code, TestUsers.SHANGYU));
        KafkaEvents.send(TOPIC, "committee-service", "SelfEvaluationFilingOverdue", code, Map.of("committee", code,
                "territory", TestUsers.SHANGYU, "kind", "ANNUAL_SCHEME", "year", 2026, "dueDate", "2026-11-30",
                "daysOverdue", 2));
        UUID meeting = UUID.randomUUID();
        KafkaEvents.send(TOPIC, "committee-service", "MeetingFiled", code, Map.ofEntries(
                Map.entry("meetingId", meeting.toString()), Map.entry("committee", code),
                Map.entry("meetingDate", "2026-12-20"), Map.entry("applicationIds", List.of()),
                Map.entry("qualifiedCount", 12), Map.entry("filedOn", "2026-12-10"),
                Map.entry("latestFilingDay", "2026-12-11"), Map.entry("provisional", false),
                Map.entry("filedBy", "office"), Map.entry("filedAt", Instant.now().toString())));
        KafkaEvents.awaitConsumed(TOPIC);

        List<String> district = titles(TestUsers.hrBureau(TestUsers.SHANGYU), code);
        List<String> city = titles(TestUsers.hrBureau(TestUsers.SHAOXING), code);
        List<String> province = titles(TestUsers.hrBureau(TestUsers.ZHEJIANG), code);
        List<String> liandu = titles(TestUsers.hrBureau(TestUsers.LIANDU), code);
        List<String> office = titles(TestUsers.committeeOffice(TestUsers.SHANGYU, code), code);

        assertThat(district).containsExactlyInAnyOrder("自主评聘材料逾期：自主评聘评委会 " + code,
                "评审会议待备案：自主评聘评委会 " + code);
        assertThat(city).containsExactlyInAnyOrderElementsOf(district);
        assertThat(province).isEmpty();
        assertThat(liandu).isEmpty();
        assertThat(office).containsExactly("自主评聘材料逾期：自主评聘评委会 " + code);
    }

    @Test
    void aSuspensionReachesTheCommitteesOffice() {
        String code = "SU-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> registered = PublicityFixtures.committeeRegistered(code, "评委会 " + code,
                TestUsers.LIANDU);
        KafkaEvents.send(TOPIC, "committee-service", "CommitteeRegistered", code, registered);
        KafkaEvents.deliver(TOPIC, "committee-service", "CommitteeSuspended", code, Map.of("committeeId",
                registered.get("committeeId"), "code", code, "name", "评委会 " + code, "territory", TestUsers.LIANDU,
                "reason", "复核中发现问题严重", "suspendedBy", "hr.ld", "suspendedAt", Instant.now().toString()));

        Reply inbox = api.get("/api/v1/inbox?address=COMMITTEE:" + code,
                TestTokens.bearer(TestUsers.committeeOffice(TestUsers.LIANDU, code, "OTHER")));

        assertThat(inbox.json().path("content").get(0).path("title").asString()).isEqualTo("评审权已暂停：评委会 " + code);
        assertThat(inbox.json().path("addresses").get(0).asString()).isEqualTo("COMMITTEE:" + code);
    }

    @Test
    void inboxesAreTheCallersOwn() {
        Reply platform = api.get("/api/v1/inbox", TestTokens.bearer(TestUsers.platform()));
        Reply notYours = api.get("/api/v1/inbox?address=UNIT:SY-U999",
                TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU, "SY-U001")));
        Reply badAddress = api.get("/api/v1/inbox?address=SOMEWHERE",
                TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU, "SY-U001")));
        Reply anonymous = api.get("/api/v1/inbox", null);

        assertThat(platform.status()).isEqualTo(403);
        assertThat(platform.code()).isEqualTo("inbox.no-inbox");
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.code()).isEqualTo("inbox.not-yours");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.code()).isEqualTo("inbox.address-invalid");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private List<String> titles(TestUser user, String committee) {
        Reply inbox = api.get("/api/v1/inbox?size=100", TestTokens.bearer(user));
        assertThat(inbox.status()).as(inbox.raw().body()).isEqualTo(200);
        return inbox.json().path("content").findValuesAsString("title").stream()
                .filter(title -> title.contains(committee)).toList();
    }
}
