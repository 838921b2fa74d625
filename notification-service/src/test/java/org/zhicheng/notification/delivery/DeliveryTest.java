package org.zhicheng.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.infra.MailServer.Mail;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.NotificationTestInfrastructure;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;

/**
 * A person's preferences decide how notices leave the inbox: the channels, the contact, the language; an SMS the
 * provider keeps failing is retried with backoff and given up after the last attempt, one it refuses at once.
 */
@NotificationServiceTest
class DeliveryTest {

    @LocalServerPort
    int port;

    private ServiceApi api;
    private final WireMockServer provider = NotificationTestInfrastructure.wiremock();

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aPersonsPreferencesChooseTheChannelsTheContactAndTheLanguage() {
        String person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser applicant = TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", person);
        String email = person.toLowerCase() + "@example.org";
        Reply defaults = api.get("/api/v1/inbox/preferences", TestTokens.bearer(applicant));
        Reply saved = api.put("/api/v1/inbox/preferences", TestTokens.bearer(applicant), Map.of("email", email,
                "mobile", "13900001111", "emailMode", "ON", "smsMode", "ALL", "language", "en"), null);

        String item = summonedItem(applicant, person);

        List<Mail> mails = NotificationTestInfrastructure.mail().awaitMessagesTo(email, 1, Duration.ofSeconds(30));
        assertThat(defaults.json().path("address").asString()).isEqualTo("PERSON:" + person);
        assertThat(defaults.json().path("smsMode").asString()).isEqualTo("URGENT");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(mails.getFirst().subject()).isEqualTo("unit publicity started: 关于陈明同志申报工程师职称的公示");
        JsonNode deliveries = awaitDeliveries(applicant, item, statuses -> statuses.stream()
                .filter("SENT"::equals).count() == 2);
        assertThat(deliveries.findValuesAsString("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
        provider.verify(postRequestedFor(urlEqualTo(NotificationTestInfrastructure.SMS_PATH))
                .withRequestBody(matchingJsonPath("$.to", equalTo("13900001111"))));
    }

    @Test
    void withEmailOffAndSmsOffOnlyTheInboxIsLeft() {
        String person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser applicant = TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", person);
        api.put("/api/v1/inbox/preferences", TestTokens.bearer(applicant), Map.of("email", "x@example.org",
                "mobile", "13900002222", "emailMode", "OFF", "smsMode", "OFF"), null);

        String item = summonedItem(applicant, person);

        assertThat(api.get("/api/v1/inbox/" + item + "/deliveries", TestTokens.bearer(applicant)).json().size())
                .isZero();
    }

    @Test
    void anSmsTheProviderKeepsFailingIsRetriedThenGivenUpAndOneItRefusesIsGivenUpAtOnce() {
        provider.stubFor(post(urlEqualTo(NotificationTestInfrastructure.SMS_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo("13900003333")))
                .willReturn(aResponse().withStatus(503).withBody("busy")));
        provider.stubFor(post(urlEqualTo(NotificationTestInfrastructure.SMS_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo("13900004444")))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"number blocked\"}")));
        TestUser failing = person("13900003333");
        TestUser refused = person("13900004444");

        String failingItem = summonedItem(failing, failing.person());
        String refusedItem = summonedItem(refused, refused.person());

        JsonNode gaveUp = awaitDeliveries(failing, failingItem, statuses -> statuses.contains("GAVE_UP"));
        JsonNode refusedAtOnce = awaitDeliveries(refused, refusedItem, statuses -> statuses.contains("GAVE_UP"));
        JsonNode sms = sms(gaveUp);
        assertThat(sms.path("attempts").asInt()).isEqualTo(3);
        assertThat(sms.path("lastError").asString()).contains("503");
        assertThat(sms(refusedAtOnce).path("attempts").asInt()).isEqualTo(1);
        assertThat(sms(refusedAtOnce).path("lastError").asString()).contains("400");
    }

    private TestUser person(String mobile) {
        String person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        TestUser applicant = TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", person);
        api.put("/api/v1/inbox/preferences", TestTokens.bearer(applicant), Map.of("mobile", mobile,
                "emailMode", "OFF", "smsMode", "ALL"), null);
        return applicant;
    }

    /** A unit publicity showing the person: its start is a notice in their inbox. */
    private String summonedItem(TestUser applicant, String person) {
        Reply opened = api.post("/api/v1/publicities", TestTokens.bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(UUID.randomUUID(), person));
        assertThat(opened.status()).isEqualTo(201);
        Reply inbox = api.get("/api/v1/inbox", TestTokens.bearer(applicant));
        JsonNode item = inbox.json().path("content").get(0);
        assertThat(item.path("type").asString()).isEqualTo("PUBLICITY_STARTED");
        return item.path("id").asString();
    }

    private JsonNode awaitDeliveries(TestUser user, String item, Predicate<List<String>> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api.get("/api/v1/inbox/" + item + "/deliveries", TestTokens.bearer(user)).json();
            if (done.test(last.findValuesAsString("status"))) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("deliveries of " + item + " still " + last);
    }

    private static JsonNode sms(JsonNode deliveries) {
        for (JsonNode delivery : deliveries) {
            if (delivery.path("channel").asString().equals("SMS")) {
                return delivery;
            }
        }
        throw new AssertionError("no SMS delivery in " + deliveries);
    }
}
