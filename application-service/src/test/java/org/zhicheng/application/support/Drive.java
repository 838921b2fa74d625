package org.zhicheng.application.support;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * Drives one applicant's application through the workflow by the API and the other services' events, step by step,
 * asserting each step worked: for tests that start in a later state.
 */
public final class Drive {

    public final ServiceApi api;
    public final ShiftableClock clock;
    public final String person;
    public final String unit;
    public final TestUser applicant;
    public final TestUser employer;
    public final TestUser office = TestUsers.committeeOffice(TestUsers.SHANGYU, Workflows.COMMITTEE);
    public final TestUser hr = TestUsers.hrBureau(TestUsers.SHANGYU);

    public Drive(int port, ShiftableClock clock, String name, Map<String, Object> archive) {
        this.api = new ServiceApi(port);
        this.clock = clock;
        this.person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        this.unit = archive == null ? "SY-U" + UUID.randomUUID().toString().substring(0, 6)
                : (String) ((Map<?, ?>) archive.get("employment")).get("unit");
        this.applicant = TestUsers.applicant(TestUsers.SHANGYU, unit, person);
        this.employer = TestUsers.employer(TestUsers.SHANGYU, unit);
        Workflows.catalog();
        Workflows.compliant();
        Reply written = api.put("/api/v1/archives/me", bearer(applicant),
                archive == null ? Workflows.archive(name, unit, null) : archive, null);
        assertThat(written.status()).as(written.raw().body()).isEqualTo(200);
    }

    public static String bearer(TestUser user) {
        return TestTokens.bearer(user);
    }

    public String submitted(String title, String route) {
        UUID item = Workflows.publishPlan(clock.today().plusDays(30), null);
        Reply created = api.post("/api/v1/applications", bearer(applicant), Map.of("planItemId", item.toString(),
                "title", title, "route", route, "specialty", "建筑施工"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Reply submitted = api.post(path(id, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        return id;
    }

    /** Unit approval, its publicity closed without objections, the unit's recommendation. */
    public void recommendedByUnit(String id) {
        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(id, publicity, clock.today().plusDays(9));
        ok(api.post(path(id, "unit-approval"), bearer(employer), Map.of()));
        closed(publicity, "UNIT");
        ok(api.post(path(id, "unit-recommendation"), bearer(employer), Map.of()));
    }

    /** From ACCEPTANCE to READY_FOR_EVALUATION: accepted, qualified, publicised before evaluation. */
    public void readyForEvaluation(String id) {
        ok(api.post(path(id, "acceptance"), bearer(office), Map.of()));
        ok(api.post(path(id, "qualification"), bearer(office), Map.of()));
        UUID publicity = UUID.randomUUID();
        Workflows.wiremock().stubFor(post(urlEqualTo("/api/v1/publicities"))
                .withRequestBody(matchingJsonPath("$.entries[0].applicationId", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("PRE_EVALUATION")))
                .willReturn(okJson("{\"id\":\"" + publicity + "\",\"period\":{\"endsOn\":\""
                        + clock.today().plusDays(20) + "\"}}")));
        ok(api.post("/api/v1/applications/pre-evaluation-publicities", bearer(office), Map.of("committee",
                Workflows.COMMITTEE, "applicationIds", List.of(id))));
        closed(publicity, "PRE_EVALUATION");
        assertThat(state(id)).isEqualTo("READY_FOR_EVALUATION");
    }

    /** A meeting filed with it and its result recorded. */
    public UUID evaluated(String id, String outcome) {
        UUID meeting = UUID.randomUUID();
        Workflows.deliver(Workflows.COMMITTEE_TOPIC, "committee-service", "MeetingFiled", Workflows.COMMITTEE,
                Workflows.envelopeData("meetingId", meeting.toString(), "committee", Workflows.COMMITTEE,
                        "applicationIds", List.of(id)));
        Workflows.deliver(Workflows.COMMITTEE_TOPIC, "committee-service", "MeetingResultsRecorded",
                Workflows.COMMITTEE, Workflows.envelopeData("meetingId", meeting.toString(), "committee",
                        Workflows.COMMITTEE, "outcomes", List.of(Map.of("applicationId", id, "agree", 6,
                                "disagree", 1, "abstain", 0, "attending", 7, "outcome", outcome))));
        return meeting;
    }

    /** Result publicity closed and publication requested: answers the publication's id. */
    public String publicationRequested(UUID meeting) {
        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(meeting.toString(), publicity, clock.today().plusDays(30));
        ok(api.post("/api/v1/applications/result-publicities", bearer(office), Map.of("meetingId",
                meeting.toString())));
        closed(publicity, "RESULT");
        Reply requested = api.post("/api/v1/publications", bearer(office), Map.of("meetingId", meeting.toString()));
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
        return requested.json().path("id").asString();
    }

    /** All the way to CERTIFIED: answers the certificate's number. */
    public String certified(String id) {
        recommendedByUnit(id);
        readyForEvaluation(id);
        String publication = publicationRequested(evaluated(id, "PASSED"));
        ok(api.post("/api/v1/publications/" + publication + "/publish", bearer(hr), Map.of()));
        assertThat(state(id)).isEqualTo("CERTIFIED");
        return api.get(path(id, "certificate"), bearer(applicant)).json().path("certificateNumber").asString();
    }

    public void closed(UUID publicity, String kind) {
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "PublicityClosed",
                publicity.toString(), Workflows.envelopeData("publicityId", publicity.toString(), "kind", kind,
                        "outcome", "NO_OBJECTIONS", "upheldApplicationIds", List.of(), "closedAt",
                        clock.instant().toString()));
    }

    public String state(String id) {
        Reply read = api.get("/api/v1/applications/" + id, bearer(applicant));
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        return read.json().path("state").asString();
    }

    public static String path(String id, String step) {
        return "/api/v1/applications/" + id + "/" + step;
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isBetween(200, 201);
    }

    public ServiceApi api() {
        return api;
    }
}
