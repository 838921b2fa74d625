package org.zhicheng.application.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.application.support.Workflows;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * Security per object: a Shangyu application and who may see and move it — 401 without a token, 404 for everyone
 * outside its scope (Liandu's desks, another unit, another applicant, an office before it reached it, an expert not
 * on its drawn panel), 403 for a desk in scope that does not hold it or a role that may not act.
 */
@ApplicationServiceTest
class ApplicationScopeTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.zhicheng.starter.test.ShiftableClock clock;

    ServiceApi api;
    String person;
    String unit;
    TestUser applicant;
    TestUser employer;
    String id;

    final TestUser office = TestUsers.committeeOffice(TestUsers.SHANGYU, Workflows.COMMITTEE);
    final TestUser hr = TestUsers.hrBureau(TestUsers.SHANGYU);
    final TestUser city = TestUsers.hrBureau(TestUsers.SHAOXING);
    final TestUser liandu = TestUsers.hrBureau(TestUsers.LIANDU);
    final TestUser liOffice = TestUsers.committeeOffice(TestUsers.LIANDU, "LD-IND-JUN");
    final TestUser otherOffice = TestUsers.committeeOffice(TestUsers.SHANGYU, "SY-OTHER");

    @BeforeEach
    void aSubmittedShangyuApplication() {
        api = new ServiceApi(port);
        person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        unit = "SY-U" + UUID.randomUUID().toString().substring(0, 6);
        applicant = TestUsers.applicant(TestUsers.SHANGYU, unit, person);
        employer = TestUsers.employer(TestUsers.SHANGYU, unit);
        Workflows.catalog();
        Workflows.compliant();
        api.put("/api/v1/archives/me", bearer(applicant), Workflows.archive("李强", unit, null), null);
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        Reply created = api.post("/api/v1/applications", bearer(applicant), Map.of("planItemId", item.toString(),
                "title", "ENGINEER_INTERMEDIATE", "route", "NORMAL", "specialty", "建筑施工"));
        id = created.json().path("id").asString();
    }

    @Test
    void aDraftIsTheApplicantsAloneAndTheSubmittedOneReachesItsUnitAndBureaus() {
        assertThat(read(null)).isEqualTo(401);
        assertThat(read(employer)).isEqualTo(404);
        assertThat(read(hr)).isEqualTo(404);
        api.post(path("submit"), bearer(applicant), Map.of("pledge", true));

        assertThat(read(applicant)).isEqualTo(200);
        assertThat(read(employer)).isEqualTo(200);
        assertThat(read(hr)).isEqualTo(200);
        assertThat(read(city)).isEqualTo(200);
        assertThat(read(TestUsers.applicant(TestUsers.SHANGYU, unit, "P-SOMEONE-ELSE"))).isEqualTo(404);
        assertThat(read(TestUsers.employer(TestUsers.SHANGYU, "SY-OTHER-UNIT"))).isEqualTo(404);
        assertThat(read(TestUsers.employer(TestUsers.LIANDU, "LD-U001"))).isEqualTo(404);
        assertThat(read(liandu)).isEqualTo(404);
        assertThat(read(liOffice)).isEqualTo(404);
        assertThat(read(office)).as("not yet recommended to the office").isEqualTo(404);
        assertThat(read(TestUsers.department(TestUsers.SHANGYU, "SY-D001"))).isEqualTo(404);
        assertThat(read(TestUsers.expert(TestUsers.SHANGYU, "E-SY-0001"))).isEqualTo(404);
        assertThat(read(TestUsers.serviceAccount("notification-service"))).isEqualTo(404);

        assertThat(api.get(path("history"), bearer(liandu)).status()).isEqualTo(404);
        assertThat(api.get(path("submissions"), bearer(TestUsers.employer(TestUsers.LIANDU, "LD-U001"))).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/applications", bearer(TestUsers.employer(TestUsers.LIANDU, "LD-U001"))).json()
                .path("content").findValuesAsString("id")).doesNotContain(id);
        assertThat(api.get("/api/v1/applications", bearer(employer)).json().path("content")
                .findValuesAsString("id")).contains(id);
    }

    @Test
    void onlyTheHoldingDeskMovesItOthersInScopeGet403OthersOutside404() {
        api.post(path("submit"), bearer(applicant), Map.of("pledge", true));

        assertThat(api.post(path("unit-approval"), null, Map.of()).status()).isEqualTo(401);
        Reply byApplicant = api.post(path("unit-approval"), bearer(applicant), Map.of());
        assertThat(byApplicant.status()).isEqualTo(403);
        assertThat(byApplicant.code()).isEqualTo("application.not-your-desk");
        Reply byBureau = api.post(path("return"), bearer(hr), Map.of("reason", "x"));
        assertThat(byBureau.status()).isEqualTo(403);
        assertThat(api.post(path("unit-approval"), bearer(TestUsers.employer(TestUsers.LIANDU, "LD-U001")),
                Map.of()).status()).isEqualTo(404);
        assertThat(api.post(path("acceptance"), bearer(office), Map.of()).status()).isEqualTo(404);
        assertThat(api.post(path("acceptance"), bearer(liOffice), Map.of()).status()).isEqualTo(404);
        assertThat(api.post(path("veto"), bearer(applicant), Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.post(path("veto"), bearer(liandu), Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(api.post(path("withdraw"), bearer(employer), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(path("submit"), bearer(employer), Map.of("pledge", true)).status()).isEqualTo(403);
        Reply create = api.post("/api/v1/applications", bearer(employer), Map.of("planItemId",
                UUID.randomUUID().toString(), "title", "ENGINEER_INTERMEDIATE", "route", "NORMAL"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.code()).isEqualTo("application.role-required");
        assertThat(api.post("/api/v1/applications/pre-evaluation-publicities", bearer(otherOffice), Map.of(
                "committee", Workflows.COMMITTEE, "applicationIds", List.of(id))).code())
                .isEqualTo("application.other-committee-office");
        assertThat(api.get("/api/v1/applications", bearer(TestUsers.platform())).status()).isEqualTo(403);
    }

    @Test
    void anExpertReadsOnlyOnTheDrawnPanelOfItsMeetingAndWithoutContactData() {
        api.post(path("submit"), bearer(applicant), Map.of("pledge", true));
        UUID meeting = UUID.randomUUID();
        jdbc.sql(
                "UPDATE application SET meeting_id = ? WHERE id = ?").params(meeting, UUID.fromString(id)).update();
        TestUser onPanel = TestUsers.expert(TestUsers.SHANGYU, "E-SY-" + UUID.randomUUID().toString().substring(0, 4));
        TestUser notOnPanel = TestUsers.expert(TestUsers.SHANGYU, "E-SY-NOT");
        membership(meeting, onPanel.person(), true, true);
        membership(meeting, notOnPanel.person(), true, false);

        assertThat(read(onPanel)).isEqualTo(200);
        assertThat(read(notOnPanel)).isEqualTo(404);
        String snapshots = api.get(path("submissions"), bearer(onPanel)).raw().body();
        assertThat(snapshots).contains("曹娥江大桥施工技术研究").doesNotContain("13800000001")
                .doesNotContain("330682198805010011");
        assertThat(api.get(path("submissions"), bearer(employer)).raw().body()).contains("13800000001");

        membership(meeting, onPanel.person(), false, true);
        assertThat(read(onPanel)).as("before the draw").isEqualTo(404);
        assertThat(api.post(path("veto"), bearer(onPanel), Map.of("reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void theIntegrityArchiveAndTheCertificatesAreScopedToo() {
        assertThat(api.get("/api/v1/integrity/records", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/integrity/records", bearer(employer)).code())
                .isEqualTo("integrity.role-required");
        assertThat(api.get("/api/v1/integrity/records?region=33", bearer(liandu)).code())
                .isEqualTo("integrity.out-of-scope");
        Reply ban = api.post("/api/v1/integrity/records", bearer(hr), Map.of("kind", "BAN", "person", person,
                "description", "申报材料弄虚作假", "bannedUntil", clock.today().plusYears(2).toString()));
        assertThat(ban.status()).as(ban.raw().body()).isEqualTo(201);
        assertThat(api.get("/api/v1/integrity/persons/" + person, bearer(liandu)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/integrity/persons/" + person, bearer(city)).status()).isEqualTo(200);
        Reply tooLong = api.post("/api/v1/integrity/records", bearer(hr), Map.of("kind", "BAN", "person", person,
                "description", "x", "bannedUntil", clock.today().plusYears(9).toString()));
        assertThat(tooLong.code()).isEqualTo("integrity.ban-too-long");
        assertThat(api.post("/api/v1/integrity/records/" + ban.json().path("id").asString() + "/lift",
                bearer(liandu), Map.of("reason", "x")).status()).isEqualTo(404);
        Reply lifted = api.post("/api/v1/integrity/records/" + ban.json().path("id").asString() + "/lift",
                bearer(hr), Map.of("reason", "复核撤销"));
        assertThat(lifted.json().path("liftedBy").asString()).isNotBlank();

        assertThat(api.get("/api/v1/certificates/mine", bearer(employer)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/certificates/verification?number=330604-2026-999999&name=李强", null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/publications", bearer(applicant)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/publications/" + UUID.randomUUID(), bearer(hr)).status()).isEqualTo(404);
    }

    private void membership(UUID meeting, String expert, boolean drawn, boolean member) {
        Workflows.wiremock().stubFor(get(urlEqualTo("/api/v1/meetings/" + meeting + "/panel-membership/" + expert))
                .willReturn(okJson(ServiceApi.JSON.writeValueAsString(Map.of("meetingId", meeting.toString(),
                        "committee", Workflows.COMMITTEE, "status", drawn ? "PANEL_DRAWN" : "APPROVED",
                        "panelDrawn", drawn, "member", member && drawn, "applicationIds", List.of(id))))));
    }

    private int read(TestUser user) {
        return api.get("/api/v1/applications/" + id, user == null ? null : bearer(user)).status();
    }

    private String path(String step) {
        return "/api/v1/applications/" + id + "/" + step;
    }

    static String bearer(TestUser user) {
        return TestTokens.bearer(user);
    }
}
