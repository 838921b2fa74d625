package org.zhicheng.notification.publicity;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.EventTopic;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * The events this service emits, as the relay put them on Kafka, against their schemas in
 * {@code docs/events/asyncapi.yaml}: a publicity started, an objection raised and answered, the publicity closed.
 */
@NotificationServiceTest
class PublicityEventsContractTest {

    private static final Path CONTRACT = AsyncApiContract.repositoryContract();
    private static final EventTopic EVENTS = new EventTopic("zhicheng.notification.events");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    PublicityCloser closer;

    @Test
    void publicityAndObjectionEventsMatchTheContract() {
        ServiceApi api = new ServiceApi(port);
        String employer = TestTokens.bearer(PublicityFixtures.employer());
        JsonNode opened = api.post("/api/v1/publicities", employer,
                PublicityFixtures.unitPublicity(UUID.randomUUID(), "P-CONTRACT")).json();
        String id = opened.path("id").asString();
        String tracking = api.post("/api/v1/objections", null, Map.of("publicityId", id,
                "entryId", opened.path("entries").get(0).path("id").asString(), "kind", "COMPLAINT",
                "text", "投诉内容", "name", "实名举报人")).json().path("trackingNumber").asString();
        api.post("/api/v1/objections/" + tracking + "/notes", employer, Map.of("text", "调查"));
        api.post("/api/v1/objections/" + tracking + "/answer", employer, Map.of("outcome", "NOT_UPHELD",
                "answer", "不属实"));
        clock.moveTo(java.time.LocalDate.parse(opened.path("period").path("endsOn").asString()).plusDays(1));
        closer.closeDue();

        AsyncApiContract.assertMatches(CONTRACT, "PublicityStarted", EVENTS.awaitKeyed(id, "PublicityStarted")
                .value());
        AsyncApiContract.assertMatches(CONTRACT, "ObjectionRaised", EVENTS.awaitKeyed(id, "ObjectionRaised")
                .value());
        AsyncApiContract.assertMatches(CONTRACT, "ObjectionResolved", EVENTS.awaitKeyed(id, "ObjectionResolved")
                .value());
        AsyncApiContract.assertMatches(CONTRACT, "PublicityClosed", EVENTS.awaitKeyed(id, "PublicityClosed")
                .value());
    }
}
