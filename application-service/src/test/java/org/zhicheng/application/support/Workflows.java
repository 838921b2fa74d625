package org.zhicheng.application.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.starter.test.KafkaEvents;
import org.zhicheng.starter.test.ServiceApi;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The other services around application-service in its tests: plan-service's events (a published plan item) and its
 * catalog, education-service's compliance check, notification-service's publicities and events, committee-service's
 * meetings and panels — the HTTP sides on WireMock, the events on the real broker.
 */
public final class Workflows {

    public static final String GROUP = "application-service";
    public static final String PLAN_TOPIC = "zhicheng.plan.events";
    public static final String NOTIFICATION_TOPIC = "zhicheng.notification.events";
    public static final String COMMITTEE_TOPIC = "zhicheng.committee.events";
    public static final String COMMITTEE = "SY-ENG-MID";
    public static final String COMMITTEE_NAME = "上虞区建设工程中级专业技术职务任职资格评审委员会";

    private Workflows() {
    }

    public static WireMockServer wiremock() {
        return ApplicationTestInfrastructure.wiremock();
    }

    /** The catalog titles the tests apply for: 工程师, 高级工程师, 助理工程师, 会计师 (exam-only series). */
    public static void catalog() {
        title("ENGINEER_INTERMEDIATE", "ENGINEERING", "INTERMEDIATE", "工程师");
        title("ENGINEER_SENIOR", "ENGINEERING", "DEPUTY_SENIOR", "高级工程师");
        title("ENGINEER_ASSISTANT", "ENGINEERING", "ASSISTANT_JUNIOR", "助理工程师");
        title("ACCOUNTANT_INTERMEDIATE", "ACCOUNTING", "INTERMEDIATE", "会计师");
        series("ENGINEERING", "工程", false);
        series("ACCOUNTING", "会计", true);
    }

    private static void title(String code, String series, String level, String name) {
        wiremock().stubFor(get(urlEqualTo("/api/v1/catalog/titles/" + code)).willReturn(json(Map.of("code", code,
                "series", series, "level", level, "nameZh", name, "active", true))));
    }

    private static void series(String code, String name, boolean examOnly) {
        wiremock().stubFor(get(urlEqualTo("/api/v1/catalog/series/" + code)).willReturn(json(Map.of("code", code,
                "nameZh", name, "examOnly", examOnly, "active", true))));
    }

    /** education-service answers every compliance check: compliant. */
    public static void compliant() {
        wiremock().stubFor(post(urlEqualTo("/api/v1/education/compliance-checks")).atPriority(5)
                .willReturn(json(Map.of("compliant", true, "rulesApplied", true, "applicationYear", 2026,
                        "findings", List.of()))));
    }

    /** education-service is down for the person's checks (503), until {@link #compliant()} answers again. */
    public static void educationDownFor(String person) {
        wiremock().stubFor(post(urlEqualTo("/api/v1/education/compliance-checks")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.person", equalTo(person)))
                .willReturn(aResponse().withStatus(503)));
    }

    public static void educationBackFor(String person) {
        wiremock().stubFor(post(urlEqualTo("/api/v1/education/compliance-checks")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.person", equalTo(person)))
                .willReturn(json(Map.of("compliant", true, "rulesApplied", true, "applicationYear", 2026,
                        "findings", List.of()))));
    }

    /** notification-service opens the publicity of {@code subject}: it answers with {@code publicity}. */
    public static void publicityOpens(String subject, UUID publicity, LocalDate endsOn) {
        wiremock().stubFor(post(urlEqualTo("/api/v1/publicities"))
                .withRequestBody(matchingJsonPath("$.subject.id", equalTo(subject)))
                .willReturn(json(Map.of("id", publicity.toString(), "status", "RUNNING",
                        "period", Map.of("startsOn", endsOn.minusDays(7).toString(), "workingDays", 5,
                                "endsOn", endsOn.toString(), "provisional", false)))));
    }

    /** A plan of Shangyu (330604) published with one item of the committee evaluating 工程师 and 高级工程师. */
    public static UUID publishPlan(LocalDate deadline, LocalDate unitDeadline) {
        UUID plan = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("individualApplication", null);
        dates.put("unitRecommendation", unitDeadline == null ? null : unitDeadline.toString());
        dates.put("cityRecommendation", null);
        Map<String, Object> itemData = new LinkedHashMap<>();
        itemData.put("itemId", item.toString());
        itemData.put("committeeName", COMMITTEE_NAME);
        itemData.put("committeeId", UUID.randomUUID().toString());
        itemData.put("committeeCode", COMMITTEE);
        itemData.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT", "ENGINEER_SENIOR",
                "ACCOUNTANT_INTERMEDIATE"));
        itemData.put("recommendedTitles", List.of("ENGINEER_FULL_SENIOR"));
        itemData.put("specialties", List.of("建筑施工", "工程造价"));
        itemData.put("acceptanceScope", "全区");
        itemData.put("exclusions", List.of());
        itemData.put("applicationDeadline", deadline.toString());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", plan.toString());
        data.put("year", deadline.getYear());
        data.put("region", "330604");
        data.put("category", "REGULAR");
        data.put("title", deadline.getYear() + "年度中、高级职称评审计划");
        data.put("publishedAt", "2026-01-10T02:00:00Z");
        data.put("dates", dates);
        data.put("items", List.of(itemData));
        KafkaEvents.deliver(PLAN_TOPIC, GROUP, "plan-service", "PlanPublished", plan.toString(), data);
        return item;
    }

    /** A whole archive of a Shangyu engineer of unit {@code unit}, eligible for 工程师 (assistant since 2019). */
    public static Map<String, Object> archive(String name, String unit, String department) {
        Map<String, Object> employment = new LinkedHashMap<>();
        employment.put("unit", unit);
        employment.put("unitName", "绍兴市上虞区建设工程有限公司");
        employment.put("unitType", "PRIVATE_NON_INDUSTRIAL_ENTERPRISE");
        employment.put("region", "330604");
        employment.put("department", department);
        employment.put("socialInsuranceUnit", unit);
        employment.put("socialInsuranceRegion", "330604");
        employment.put("archiveRegion", "330604");
        employment.put("laborRelationRegion", "330604");
        String achievement = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personal", Map.of("name", name, "gender", "MALE", "birthDate", "1988-05-01", "mobile",
                "13800000001", "idNumber", "330682198805010011"));
        body.put("employment", employment);
        body.put("education", List.of(Map.of("degree", "BACHELOR", "major", "土木工程", "school", "浙江工业大学",
                "graduatedOn", "2010-06-30", "fullTime", true)));
        body.put("work", List.of(Map.of("unit", "绍兴市上虞区建设工程有限公司", "from", "2010-07-01",
                "position", "技术员", "professional", true)));
        body.put("titles", List.of(Map.of("title", "ENGINEER_ASSISTANT", "name", "助理工程师", "level",
                "ASSISTANT_JUNIOR", "obtainedOn", "2019-09-01", "via", "EVALUATION", "issuer", "上虞区人力社保局")));
        body.put("achievements", List.of(Map.of("id", achievement, "type", "PROJECT", "title", "曹娥江大桥施工技术研究",
                "date", "2024-05-01", "role", "负责人", "evidence", List.of())));
        body.put("representative", List.of(achievement));
        return body;
    }

    public static Map<String, Object> envelopeData(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    public static void deliver(String topic, String source, String type, String subject, Map<String, Object> data) {
        KafkaEvents.deliver(topic, GROUP, source, type, subject, data);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(ServiceApi.JSON.writeValueAsString(body));
    }
}
