package org.zhicheng.notification.panel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.infra.MailServer.Mail;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.NotificationTestInfrastructure;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;

/**
 * A drawn panel reaches its experts: PanelDrawn names nobody, so the summons is fetched from committee-service
 * (WireMock at its HTTP boundary, down at first), then every drawn expert finds it in their inbox, by e-mail on the
 * real SMTP server, and by SMS (urgent) through the provider; the deliveries are recorded.
 */
@NotificationServiceTest
class PanelSummonsTest {

    private static final String TOPIC = "zhicheng.committee.events";

    @LocalServerPort
    int port;

    private ServiceApi api;
    private final WireMockServer committee = NotificationTestInfrastructure.wiremock();

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void theExpertsOfADrawnRoundAreSummonedInTheirInboxByMailAndSmsOnceCommitteeServiceAnswers() {
        UUID meeting = UUID.randomUUID();
        UUID draw = UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String panelist = "E-" + run + "-1";
        String alternate = "E-" + run + "-2";
        String path = "/api/v1/meetings/" + meeting + "/draws/" + draw + "/rounds/0/summons";
        committee.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        committee.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(okJson(ServiceApi.JSON.writeValueAsString(Map.of("meetingId", meeting.toString(),
                        "committee", "SY-ENG-MID", "committeeName", "上虞区建设工程中级评委会",
                        "meetingTitle", "建设工程评审会", "meetingDate", "2026-12-20", "venue", "上虞区人社局会议室",
                        "drawId", draw.toString(), "round", 0, "drawnAt", Instant.now().toString(),
                        "experts", List.of(
                                Map.of("expertId", panelist, "name", "张伟", "unit", "SY-U002",
                                        "email", panelist.toLowerCase() + "@zhicheng.example", "phone", "13800138001",
                                        "role", "PANEL", "seat", 1),
                                Map.of("expertId", alternate, "name", "李娜", "unit", "SY-U003",
                                        "email", alternate.toLowerCase() + "@zhicheng.example",
                                        "phone", "0575-82000000", "role", "ALTERNATE")))))));

        KafkaEvents.deliver(TOPIC, "committee-service", "PanelDrawn", "SY-ENG-MID", Map.ofEntries(
                Map.entry("meetingId", meeting.toString()), Map.entry("committee", "SY-ENG-MID"),
                Map.entry("drawId", draw.toString()), Map.entry("round", 0), Map.entry("commitment", "0".repeat(64)),
                Map.entry("panelSize", 5), Map.entry("alternates", 1), Map.entry("count", 2),
                Map.entry("eligibleCount", 9), Map.entry("excludedCount", 1),
                Map.entry("drawnAt", Instant.now().toString())));

        List<Mail> mails = NotificationTestInfrastructure.mail()
                .awaitMessagesTo(panelist.toLowerCase() + "@zhicheng.example", 1, Duration.ofSeconds(30));
        assertThat(mails.getFirst().subject()).isEqualTo("评审专家抽取通知：建设工程评审会");
        assertThat(mails.getFirst().body()).contains("张伟专家").contains("2026-12-20").contains("评审专家")
                .contains("上虞区人社局会议室");
        List<Mail> alternateMail = NotificationTestInfrastructure.mail()
                .awaitMessagesTo(alternate.toLowerCase() + "@zhicheng.example", 1, Duration.ofSeconds(30));
        assertThat(alternateMail.getFirst().body()).contains("候补专家");

        TestUser expert = TestUsers.expert(TestUsers.SHANGYU, panelist);
        Reply inbox = api.get("/api/v1/inbox", TestTokens.bearer(expert));
        JsonNode item = inbox.json().path("content").get(0);
        assertThat(item.path("type").asString()).isEqualTo("PANEL_SUMMONS");
        assertThat(item.path("linkId").asString()).isEqualTo(meeting.toString());
        awaitDeliveries(expert, item.path("id").asString(), 2);
        Reply deliveries = api.get("/api/v1/inbox/" + item.path("id").asString() + "/deliveries",
                TestTokens.bearer(expert));
        assertThat(deliveries.json().findValuesAsString("status")).containsOnly("SENT");
        assertThat(deliveries.json().findValuesAsString("recipient")).contains("138****8001");
        committee.verify(postRequestedFor(urlEqualTo(NotificationTestInfrastructure.SMS_PATH))
                .withHeader("Authorization", equalTo("Bearer test-sms-key"))
                .withRequestBody(matchingJsonPath("$.to", equalTo("13800138001")))
                .withRequestBody(matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("建设工程评审会"))));
        // the alternate's profile number is a landline: no SMS for it
        TestUser alternateExpert = TestUsers.expert(TestUsers.SHANGYU, alternate);
        String alternateItem = api.get("/api/v1/inbox", TestTokens.bearer(alternateExpert)).json().path("content")
                .get(0).path("id").asString();
        assertThat(api.get("/api/v1/inbox/" + alternateItem + "/deliveries", TestTokens.bearer(alternateExpert))
                .json().findValuesAsString("channel")).containsExactly("EMAIL");
    }

    private void awaitDeliveries(TestUser user, String item, int sent) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Reply deliveries = api.get("/api/v1/inbox/" + item + "/deliveries", TestTokens.bearer(user));
            if (deliveries.json().findValuesAsString("status").stream().filter("SENT"::equals).count() >= sent) {
                return;
            }
            sleep();
        }
        throw new AssertionError("deliveries of " + item + " not sent");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
