package org.zhicheng.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * 401, 403 and 404 of every endpoint the service added for publicities, objections, the inbox and webhooks: no token
 * or a bad one, a role that never may, a valid token of another unit, committee or region, and an object that does
 * not exist.
 */
@NotificationServiceTest
class NotificationSecurityTest {

    @LocalServerPort
    int port;

    private ServiceApi api;
    private String publicity;
    private String tracking;

    @BeforeEach
    void objects() {
        api = new ServiceApi(port);
        publicity = api.post("/api/v1/publicities", TestTokens.bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(UUID.randomUUID(), "P-SEC")).json().path("id").asString();
        tracking = api.post("/api/v1/objections", null, Map.of("publicityId", publicity, "text", "异议"))
                .json().path("trackingNumber").asString();
    }

    @Test
    void everyStaffAndPersonalEndpointNeedsAToken() {
        String unknown = UUID.randomUUID().toString();
        List<Reply> replies = List.of(
                api.post("/api/v1/publicities", null, PublicityFixtures.unitPublicity(UUID.randomUUID(), null)),
                api.post("/api/v1/publicities/" + publicity + "/close", null, Map.of()),
                api.get("/api/v1/publicities/" + publicity + "/history", null),
                api.get("/api/v1/objections", null),
                api.post("/api/v1/objections/" + tracking + "/notes", null, Map.of("text", "x")),
                api.post("/api/v1/objections/" + tracking + "/answer", null, Map.of("outcome", "UPHELD",
                        "answer", "x")),
                api.get("/api/v1/objections/" + tracking + "/history", null),
                api.get("/api/v1/objections/" + tracking + "/attachments/" + unknown, null),
                api.get("/api/v1/inbox", null),
                api.get("/api/v1/inbox/" + unknown, null),
                api.post("/api/v1/inbox/" + unknown + "/read", null, null),
                api.post("/api/v1/inbox/read-all", null, null),
                api.get("/api/v1/inbox/preferences", null),
                api.get("/api/v1/inbox/" + unknown + "/deliveries", null),
                api.get("/api/v1/webhooks", null),
                api.post("/api/v1/webhooks", null, Map.of("url", "http://127.0.0.1/x", "eventTypes",
                        List.of("PlanPublished"))),
                api.get("/api/v1/webhooks/" + unknown + "/dead-letters", null));
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.raw().uri().toString()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("unauthenticated");
        });
    }

    @Test
    void aBadTokenIsRefusedEvenOnPublicReadsAndTheAnonymousWrite() {
        TestUser employer = PublicityFixtures.employer();
        for (String token : List.of(TestTokens.expired(employer), TestTokens.wrongIssuer(employer),
                TestTokens.algNone(employer), TestTokens.signedByOtherKey(employer))) {
            assertThat(api.get("/api/v1/publicities/" + publicity, "Bearer " + token).status()).isEqualTo(401);
            assertThat(api.post("/api/v1/objections", "Bearer " + token, Map.of("publicityId", publicity,
                    "text", "x")).status()).isEqualTo(401);
        }
    }

    @Test
    void rolesThatNeverMayAreRefusedBeforeAnythingIsLookedUp() {
        String applicant = TestTokens.bearer(TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", "P-X"));
        String expert = TestTokens.bearer(TestUsers.expert(TestUsers.SHANGYU, "E-X"));
        String unknown = UUID.randomUUID().toString();

        assertForbidden(api.post("/api/v1/publicities", applicant,
                PublicityFixtures.unitPublicity(UUID.randomUUID(), null)), "publicity.role-required");
        assertForbidden(api.post("/api/v1/publicities/" + unknown + "/close", applicant, Map.of()),
                "publicity.role-required");
        assertForbidden(api.get("/api/v1/publicities/" + unknown + "/history", expert), "publicity.role-required");
        assertForbidden(api.get("/api/v1/objections", applicant), "objection.role-required");
        assertForbidden(api.post("/api/v1/objections/" + tracking + "/notes", applicant, Map.of("text", "x")),
                "objection.role-required");
        assertForbidden(api.post("/api/v1/objections/" + tracking + "/answer", expert, Map.of("outcome",
                "UPHELD", "answer", "x")), "objection.role-required");
        assertForbidden(api.get("/api/v1/objections/" + tracking + "/history", applicant),
                "objection.role-required");
        assertForbidden(api.get("/api/v1/inbox", TestTokens.bearer(TestUsers.admin())), "inbox.no-inbox");
        assertForbidden(api.get("/api/v1/inbox/preferences", TestTokens.bearer(TestUsers.platform())),
                "inbox.no-inbox");
        assertForbidden(api.get("/api/v1/webhooks", applicant), "webhook.role-required");
        assertForbidden(api.post("/api/v1/webhooks", TestTokens.bearer(TestUsers.serviceAccount("plan-service")),
                Map.of("url", "http://127.0.0.1/x", "eventTypes", List.of("PlanPublished"))),
                "webhook.role-required");
    }

    @Test
    void aValidTokenOfAnotherUnitCommitteeOrRegionNeitherReadsNorChanges() {
        String otherUnit = TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU, "SY-U404"));
        String otherOffice = TestTokens.bearer(TestUsers.committeeOffice(TestUsers.SHANGYU, "SY-OTHER"));
        String otherRegion = TestTokens.bearer(TestUsers.hrBureau(TestUsers.LIANDU));

        assertForbidden(api.post("/api/v1/publicities/" + publicity + "/close", otherUnit, Map.of()),
                "publicity.out-of-scope");
        assertForbidden(api.get("/api/v1/publicities/" + publicity + "/history", otherRegion),
                "publicity.out-of-scope");
        assertForbidden(api.post("/api/v1/objections/" + tracking + "/notes", otherUnit, Map.of("text", "x")),
                "objection.out-of-scope");
        assertForbidden(api.post("/api/v1/objections/" + tracking + "/answer", otherOffice, Map.of("outcome",
                "NOT_UPHELD", "answer", "x")), "objection.out-of-scope");
        assertForbidden(api.get("/api/v1/objections/" + tracking, otherRegion), "objection.out-of-scope");
        assertForbidden(api.get("/api/v1/objections/" + tracking + "/history", otherUnit),
                "objection.out-of-scope");
        assertThat(api.get("/api/v1/objections?publicity=" + publicity, otherRegion).json().path("totalElements")
                .asLong()).isZero();
        Map<String, Object> body = PublicityFixtures.unitPublicity(UUID.randomUUID(), null);
        body = new java.util.LinkedHashMap<>(body);
        body.put("unit", "SY-U001");
        assertForbidden(api.post("/api/v1/publicities", otherUnit, body), "publicity.out-of-scope");
    }

    @Test
    void unknownObjectsAreNotFound() {
        String employer = TestTokens.bearer(PublicityFixtures.employer());
        String unknown = UUID.randomUUID().toString();

        assertNotFound(api.post("/api/v1/publicities/" + unknown + "/close", employer, Map.of()),
                "publicity.not-found");
        assertNotFound(api.get("/api/v1/publicities/" + unknown + "/history", employer), "publicity.not-found");
        assertNotFound(api.post("/api/v1/objections/YY2026-999999/notes", employer, Map.of("text", "x")),
                "objection.not-found");
        assertNotFound(api.get("/api/v1/objections/YY2026-999999", null), "objection.not-found");
        assertNotFound(api.get("/api/v1/objections/" + tracking + "/attachments/" + unknown, employer),
                "attachment.not-found");
        assertNotFound(api.get("/api/v1/inbox/" + unknown, employer), "inbox-item.not-found");
        assertNotFound(api.get("/api/v1/inbox/" + unknown + "/deliveries", employer), "inbox-item.not-found");
        assertNotFound(api.get("/api/v1/webhooks/" + unknown, TestTokens.bearer(TestUsers.platform())),
                "webhook.not-found");
        Map<String, Object> unknownCommittee = PublicityFixtures.preEvaluationPublicity("list-" + unknown,
                Map.of(UUID.randomUUID(), "P-Y"));
        unknownCommittee = new java.util.LinkedHashMap<>(unknownCommittee);
        unknownCommittee.put("committee", "NOPE-" + unknown.substring(0, 6));
        assertNotFound(api.post("/api/v1/publicities", TestTokens.bearer(TestUsers.committeeOffice(
                TestUsers.SHANGYU, "NOPE-" + unknown.substring(0, 6))), unknownCommittee), "committee.not-found");
    }

    private static void assertForbidden(Reply reply, String code) {
        assertThat(reply.status()).as(reply.raw().uri() + " " + reply.raw().body()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo(code);
    }

    private static void assertNotFound(Reply reply, String code) {
        assertThat(reply.status()).as(reply.raw().uri() + " " + reply.raw().body()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(code);
    }
}
