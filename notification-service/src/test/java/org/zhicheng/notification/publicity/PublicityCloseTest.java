package org.zhicheng.notification.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.EventTopic;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * A publicity's close as the clock drives it: it cannot be closed early, it closes by itself at the end of its last
 * working day when nobody objected, it is held past its end while an objection raised during it is unanswered (and
 * accepts no new one), and it closes as soon as the last one is answered.
 */
@NotificationServiceTest
class PublicityCloseTest {

    private static final EventTopic EVENTS = new EventTopic("zhicheng.notification.events");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    PublicityCloser closer;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aPublicityWithoutObjectionsClosesByItselfAtTheEndOfItsLastWorkingDay() {
        JsonNode opened = open();
        String id = opened.path("id").asString();
        LocalDate endsOn = LocalDate.parse(opened.path("period").path("endsOn").asString());

        Reply early = api.post("/api/v1/publicities/" + id + "/close", bearer(), Map.of());
        clock.moveTo(endsOn, LocalTime.of(23, 59));
        closer.closeDue();
        Reply onItsLastDay = api.get("/api/v1/publicities/" + id, null);
        clock.moveTo(endsOn.plusDays(1), LocalTime.of(0, 0, 30));
        closer.closeDue();
        Reply after = api.get("/api/v1/publicities/" + id, null);

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("publicity.closes-too-early");
        assertThat(early.json().path("rule").asString()).isEqualTo("002-一(二)");
        assertThat(onItsLastDay.json().path("status").asString()).isEqualTo("RUNNING");
        assertThat(after.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(after.json().path("outcome").asString()).isEqualTo("NO_OBJECTIONS");
        ConsumerRecord<String, String> closed = EVENTS.awaitKeyed(id, "PublicityClosed");
        JsonNode data = ServiceApi.JSON.readTree(closed.value()).path("data");
        assertThat(data.path("outcome").asString()).isEqualTo("NO_OBJECTIONS");
        assertThat(data.path("held").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/publicities/" + id + "/close", bearer(), Map.of()).code())
                .isEqualTo("publicity.wrong-state");
    }

    @Test
    void anOpenObjectionHoldsThePublicityPastItsEndUntilItIsAnswered() {
        UUID application = UUID.randomUUID();
        JsonNode opened = open(application);
        String id = opened.path("id").asString();
        String entry = opened.path("entries").get(0).path("id").asString();
        LocalDate endsOn = LocalDate.parse(opened.path("period").path("endsOn").asString());

        Reply raised = api.post("/api/v1/objections", null, Map.of("publicityId", id, "entryId", entry,
                "text", "申报材料中的项目并非本人主持。"));
        assertThat(raised.status()).as(raised.json().toString()).isEqualTo(201);
        String tracking = raised.json().path("trackingNumber").asString();
        String code = raised.json().path("accessCode").asString();

        clock.moveTo(endsOn.plusDays(1), LocalTime.of(9, 0));
        closer.closeDue();
        Reply held = api.get("/api/v1/publicities/" + id, null);
        Reply closingByHand = api.post("/api/v1/publicities/" + id + "/close", bearer(), Map.of());
        Reply late = api.post("/api/v1/objections", null, Map.of("publicityId", id, "text", "补充异议"));
        Reply listedOpen = api.get("/api/v1/publicities?unit=" + PublicityFixtures.UNIT + "&open=true&size=100",
                null);

        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(held.json().path("heldByObjections").asBoolean()).isTrue();
        assertThat(closingByHand.status()).isEqualTo(409);
        assertThat(closingByHand.code()).isEqualTo("publicity.objections-open");
        assertThat(closingByHand.json().path("rule").asString()).isEqualTo("001-五(二)");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("objection.after-end-date");
        assertThat(late.json().path("rule").asString()).isEqualTo("001-五(二)");
        assertThat(listedOpen.json().path("content").findValuesAsString("id")).contains(id);

        Reply note = api.post("/api/v1/objections/" + tracking + "/notes", bearer(),
                Map.of("text", "调取项目合同与验收报告，申报人为项目负责人。"));
        Reply answered = api.post("/api/v1/objections/" + tracking + "/answer", bearer(),
                Map.of("outcome", "NOT_UPHELD", "answer", "经核实，申报人为该项目负责人，异议不属实。"));
        Reply closed = api.get("/api/v1/publicities/" + id, null);
        Reply raiserReads = api.send("GET", "/api/v1/objections/" + tracking, null, null, "X-Access-Code", code);

        assertThat(note.status()).isEqualTo(200);
        assertThat(answered.status()).as(answered.json().toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("outcome").asString()).isEqualTo("OBJECTIONS_NOT_UPHELD");
        assertThat(raiserReads.json().path("answer").path("outcome").asString()).isEqualTo("NOT_UPHELD");
        assertThat(raiserReads.json().path("answer").path("answer").asString()).contains("不属实");
        assertThat(raiserReads.json().path("notes").isNull()).isTrue();
        JsonNode data = ServiceApi.JSON.readTree(EVENTS.awaitKeyed(id, "PublicityClosed").value()).path("data");
        assertThat(data.path("held").asBoolean()).isTrue();
        assertThat(data.path("objections").path("notUpheld").asInt()).isEqualTo(1);
        JsonNode resolved = ServiceApi.JSON.readTree(EVENTS.awaitWithData("ObjectionResolved", "trackingNumber",
                tracking).value()).path("data");
        assertThat(resolved.path("applicationId").asString()).isEqualTo(application.toString());
    }

    @Test
    void anUpheldObjectionClosesThePublicityWithTheApplicationItConcerns() {
        UUID application = UUID.randomUUID();
        JsonNode opened = open(application);
        String id = opened.path("id").asString();
        String entry = opened.path("entries").get(0).path("id").asString();
        String tracking = api.post("/api/v1/objections", null, Map.of("publicityId", id, "entryId", entry,
                "kind", "COMPLAINT", "text", "代表性论文系代写。")).json().path("trackingNumber").asString();
        api.post("/api/v1/objections/" + tracking + "/notes", bearer(), Map.of("text", "约谈申报人，查阅原始数据。"));
        api.post("/api/v1/objections/" + tracking + "/answer", bearer(),
                Map.of("outcome", "UPHELD", "answer", "经核实，论文存在学术不端，异议属实。"));

        clock.moveTo(LocalDate.parse(opened.path("period").path("endsOn").asString()).plusDays(1));
        closer.closeDue();

        Reply closed = api.get("/api/v1/publicities/" + id, null);
        assertThat(closed.json().path("outcome").asString()).isEqualTo("OBJECTIONS_UPHELD");
        JsonNode data = ServiceApi.JSON.readTree(EVENTS.awaitKeyed(id, "PublicityClosed").value()).path("data");
        assertThat(data.path("upheldApplicationIds").get(0).asString()).isEqualTo(application.toString());
    }

    private JsonNode open() {
        return open(UUID.randomUUID());
    }

    private JsonNode open(UUID application) {
        Reply opened = api.post("/api/v1/publicities", bearer(),
                PublicityFixtures.unitPublicity(application, "P-" + application.toString().substring(0, 8)));
        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        return opened.json();
    }

    private static String bearer() {
        return TestTokens.bearer(PublicityFixtures.employer());
    }
}
