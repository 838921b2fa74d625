package org.zhicheng.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * A {@code PlanPublished} envelope, sent to Kafka as the plan service's relay sends it, becomes one public plan notice,
 * however often it is delivered.
 */
@NotificationServiceTest
class PlanNoticeFromKafkaTest {

    private static final String TOPIC = "zhicheng.plan.events";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aPublishedPlanBecomesOneAnnouncementEvenWhenDeliveredTwice() throws Exception {
        UUID planId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String envelope = planPublished(eventId, planId, TestUsers.SHANGYU);

        KafkaEvents.sendRaw(TOPIC, planId.toString(), envelope);
        KafkaEvents.sendRaw(TOPIC, planId.toString(), envelope);
        KafkaEvents.awaitConsumed(TOPIC);

        assertThat(jdbc.sql("SELECT count(*) FROM announcement WHERE subject_id = ?").param(planId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_event WHERE event_id = ? AND consumer = ?")
                .params(eventId, "notification-service.plan-notice")
                .query(Long.class).single()).isEqualTo(1);

        JsonNode notice = findBySubject(api.get("/api/v1/announcements?region=3306&kind=PLAN_NOTICE", null), planId);
        assertThat(notice.path("kind").asString()).isEqualTo("PLAN_NOTICE");
        assertThat(notice.path("region").asString()).isEqualTo(TestUsers.SHANGYU);
        assertThat(notice.path("title").asString()).isEqualTo("2024年度中、高级职称评审计划 评审计划公告");
        assertThat(notice.path("body").asString()).contains("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会")
                .contains("评审：ENGINEER_INTERMEDIATE")
                .contains("个人申报截止：2024年8月23日");
        assertThat(notice.path("publishedAt").asString()).isEqualTo("2024-05-24T02:00:00Z");

        Reply read = api.get("/api/v1/announcements/" + notice.path("id").asString(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("subjectId").asString()).isEqualTo(planId.toString());
    }

    @Test
    void aCurrentEventIsAnnouncedWithTitleNamesTimesAndStagedDeadlines() throws Exception {
        UUID planId = UUID.randomUUID();
        Map<String, Object> item = new LinkedHashMap<>(item());
        item.put("evaluatedTitleNames", List.of("工程师"));
        item.put("recommendedTitleNames", List.of("高级工程师"));
        item.put("expectedEvaluationTime", "11 月");
        item.put("materialDeadline", "8 月");
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("individualApplication", "2024-08-20");
        dates.put("unitRecommendation", "2024-08-27");
        dates.put("cityRecommendation", "2024-09-03");
        dates.put("seniorityCutOff", null);
        dates.put("achievementsCutOff", null);
        Map<String, Object> data = new LinkedHashMap<>(data(planId, TestUsers.SHANGYU, item));
        data.put("dates", dates);

        KafkaEvents.sendRaw(TOPIC, planId.toString(), envelope(UUID.randomUUID(), planId, data));
        KafkaEvents.awaitConsumed(TOPIC);

        JsonNode notice = findBySubject(api.get("/api/v1/announcements?region=330604&kind=PLAN_NOTICE", null), planId);
        assertThat(notice.path("body").asString())
                .contains("评审：工程师；推荐：高级工程师；材料接收截止：8 月；预计评审时间：11 月；个人申报截止：2024年8月23日")
                .contains("时间安排：个人申报截止 2024年8月20日；单位推荐截止 2024年8月27日；地市推荐截止 2024年9月3日。")
                .doesNotContain("ENGINEER_");
    }

    @Test
    void theRegionFilterMatchesTheRegionAndItsChildrenOnly() throws Exception {
        UUID lianduPlan = UUID.randomUUID();
        KafkaEvents.sendRaw(TOPIC, lianduPlan.toString(), planPublished(UUID.randomUUID(), lianduPlan, TestUsers.LIANDU));
        KafkaEvents.awaitConsumed(TOPIC);

        assertThat(subjects(api.get("/api/v1/announcements?region=3311", null))).contains(lianduPlan.toString());
        assertThat(subjects(api.get("/api/v1/announcements?region=33", null))).contains(lianduPlan.toString());
        assertThat(subjects(api.get("/api/v1/announcements?region=3306", null))).doesNotContain(lianduPlan.toString());
        assertThat(api.get("/api/v1/announcements?region=zj", null).status()).isEqualTo(400);
    }

    @Test
    void anUnknownAnnouncementIsNotFound() {
        Reply reply = api.get("/api/v1/announcements/" + UUID.randomUUID(), null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("announcement.not-found");
    }

    /**
     * The envelope as the plan service documented it before the readable fields (title names, times, staged dates),
     * with fields this consumer does not read.
     */
    private static String planPublished(UUID eventId, UUID planId, String region) {
        return envelope(eventId, planId, data(planId, region, item()));
    }

    private static Map<String, Object> item() {
        return Map.of("itemId", UUID.randomUUID().toString(),
                "committeeName", "绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会",
                "evaluatedTitles", List.of("ENGINEER_INTERMEDIATE"), "recommendedTitles", List.of("ENGINEER_SENIOR"),
                "applicationDeadline", "2024-08-23");
    }

    private static Map<String, Object> data(UUID planId, String region, Map<String, Object> item) {
        return Map.of("planId", planId.toString(), "year", 2024, "region", region,
                "category", "REGULAR", "title", "2024 年度中、高级职称评审计划", "publishedAt", "2024-05-24T02:00:00Z",
                "items", List.of(item));
    }

    private static String envelope(UUID eventId, UUID planId, Map<String, Object> data) {
        return ServiceApi.JSON.writeValueAsString(Map.of("id", eventId.toString(), "type", "PlanPublished", "version", 1,
                "occurredAt", Instant.parse("2024-05-24T02:00:00Z").toString(), "source", "plan-service",
                "subject", planId.toString(), "actor", UUID.randomUUID().toString(), "data", data));
    }

    private static JsonNode findBySubject(Reply page, UUID subject) {
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("content").valueStream()
                .filter(node -> subject.toString().equals(node.path("subjectId").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no announcement of " + subject + " in " + page.json()));
    }

    private static List<String> subjects(Reply page) {
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("content").valueStream().map(node -> node.path("subjectId").asString()).toList();
    }
}
