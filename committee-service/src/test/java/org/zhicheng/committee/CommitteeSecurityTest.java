package org.zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.HR_LIANDU;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.committee.CommitteeFixtures.add;
import static org.zhicheng.committee.CommitteeFixtures.changes;
import static org.zhicheng.committee.CommitteeFixtures.office;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * Every committee, pool and expert endpoint without a token (401), with the wrong role or outside its scope (403 —
 * or 404 where the object is private and the caller must not learn it exists), and for an unknown object (404):
 * across regions (Shangyu vs Liandu), another committee's office, an expert reading another expert.
 */
@ZhichengServiceTest
class CommitteeSecurityTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final TestUser APPLICANT = TestUsers.applicant(SHANGYU, "SY-U001", "P-SY-0001");
    static final TestUser EMPLOYER = TestUsers.employer(SHANGYU, "SY-U001");

    @LocalServerPort
    int port;

    private CommitteeFixtures fixtures;
    private ServiceApi api;
    private String sy;
    private String ld;
    private String expert;
    private String request;
    private String conflict;
    private TestUser officeSy;
    private TestUser officeLd;
    private TestUser self;

    @BeforeEach
    void shangyuAndLiandu() {
        fixtures = new CommitteeFixtures(port);
        api = fixtures.api();
        sy = fixtures.committee("SY-ENG", SHANGYU);
        ld = fixtures.committee("LD-ENG", LIANDU);
        officeSy = office(SHANGYU, sy);
        officeLd = office(LIANDU, ld);
        expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        self = TestUsers.expert(SHANGYU, expert);
        fixtures.inPool(sy, SHANGYU, HR_SHANGYU, expert);
        String candidate = fixtures.expert("E-SY", SHANGYU, "SY-U003");
        request = fixtures.fileRequest(sy, SHANGYU, changes(List.of(add(candidate, TODAY, TODAY)), List.of()));
        conflict = api.post("/api/v1/experts/" + expert + "/conflicts", TestTokens.bearer(self),
                Map.of("type", "OTHER", "unit", "SY-U009")).json().path("id").asString();
    }

    // ---- committees ------------------------------------------------------------------------------------------

    @Test
    void registeringNeedsATokenTheBureauOfTheTerritoryAnAdminOrAServiceAccount() {
        Map<String, Object> body = CommitteeFixtures.committeeBody(CommitteeFixtures.unique("SY-ENG"), SHANGYU);
        expect(api.post("/api/v1/committees", null, body), 401, null);
        expect(api.post("/api/v1/committees", TestTokens.expired(HR_SHANGYU), body), 401, null);
        for (TestUser wrong : List.of(APPLICANT, EMPLOYER, officeSy, self, TestUsers.platform())) {
            expect(api.post("/api/v1/committees", TestTokens.bearer(wrong), body), 403, "committee.role-required");
        }
        expect(api.post("/api/v1/committees", TestTokens.bearer(HR_LIANDU), body), 403, "committee.out-of-scope");
        // a user who merely calls itself a service account but holds a platform role is no service account
        TestUser fake = TestUsers.withRoles("service-account-fake", "employer");
        expect(api.post("/api/v1/committees", TestTokens.bearer(fake), body), 403, "committee.role-required");
    }

    @Test
    void committeesArePublicButABadTokenIsStillRefused() {
        expect(api.get("/api/v1/committees", null), 200, null);
        expect(api.get("/api/v1/committees/" + sy, null), 200, null);
        expect(api.get("/api/v1/committees/" + sy, TestTokens.bearer(APPLICANT)), 200, null);
        expect(api.get("/api/v1/committees/" + sy, TestTokens.signedByOtherKey(APPLICANT)), 401, null);
        expect(api.get("/api/v1/committees/NO-SUCH", null), 404, "committee.not-found");
    }

    @Test
    void onlyTheBureauCoveringTheTerritorySuspendsAndReinstates() {
        for (String action : List.of("suspension", "reinstatement")) {
            String path = "/api/v1/committees/" + sy + "/" + action;
            Map<String, String> body = Map.of("reason", "r");
            expect(api.post(path, null, body), 401, null);
            for (TestUser wrong : List.of(APPLICANT, officeSy, self, CommitteeFixtures.ADMIN)) {
                expect(api.post(path, TestTokens.bearer(wrong), body), 403, "committee.role-required");
            }
            expect(api.post(path, TestTokens.bearer(HR_LIANDU), body), 403, "committee.out-of-scope");
            expect(api.post("/api/v1/committees/NO-SUCH/" + action, TestTokens.bearer(HR_SHANGYU), body), 404,
                    "committee.not-found");
        }
    }

    // ---- pools -----------------------------------------------------------------------------------------------

    @Test
    void onlyTheCommitteesOfficeFilesPoolRequests() {
        String path = "/api/v1/committees/" + sy + "/pool-requests";
        Map<String, Object> body = changes(List.of(add(expert, TODAY, TODAY)), List.of());
        expect(api.post(path, null, body), 401, null);
        for (TestUser wrong : List.of(APPLICANT, HR_SHANGYU, self)) {
            expect(api.post(path, TestTokens.bearer(wrong), body), 403, "pool.role-required");
        }
        expect(api.post(path, TestTokens.bearer(officeLd), body), 403, "committee.out-of-scope");
        // the right region is not enough: the token must list the committee
        expect(api.post(path, TestTokens.bearer(office(SHANGYU, "SY-OTHER")), body), 403, "committee.out-of-scope");
        expect(api.post("/api/v1/committees/NO-SUCH/pool-requests", TestTokens.bearer(office(SHANGYU, "NO-SUCH")),
                body), 404, "committee.not-found");
    }

    @Test
    void poolsAndRequestsAreReadOnlyByTheOfficeAndTheBureau() {
        for (String path : List.of("/pool", "/pool-requests", "/pool-requests/" + request)) {
            String url = "/api/v1/committees/" + sy + path;
            expect(api.get(url, null), 401, null);
            for (TestUser wrong : List.of(APPLICANT, EMPLOYER, self)) {
                expect(api.get(url, TestTokens.bearer(wrong)), 403, "pool.role-required");
            }
            expect(api.get(url, TestTokens.bearer(officeLd)), 403, "committee.out-of-scope");
            expect(api.get(url, TestTokens.bearer(HR_LIANDU)), 403, "committee.out-of-scope");
            expect(api.get(url, TestTokens.bearer(officeSy)), 200, null);
            expect(api.get(url, TestTokens.bearer(HR_SHANGYU)), 200, null);
            expect(api.get("/api/v1/committees/NO-SUCH" + path, TestTokens.bearer(HR_SHANGYU)), 404,
                    "committee.not-found");
        }
        String unknown = "/api/v1/committees/" + sy + "/pool-requests/" + UUID.randomUUID();
        expect(api.get(unknown, TestTokens.bearer(HR_SHANGYU)), 404, "pool-request.not-found");
        // a request is found only under its own committee
        expect(api.get("/api/v1/committees/" + ld + "/pool-requests/" + request, TestTokens.bearer(HR_LIANDU)), 404,
                "pool-request.not-found");
    }

    @Test
    void onlyTheBureauCoveringTheTerritoryDecidesPoolRequests() {
        for (String decision : List.of("approval", "rejection")) {
            String path = "/api/v1/committees/" + sy + "/pool-requests/" + request + "/" + decision;
            Map<String, String> body = Map.of("reason", "r");
            expect(api.post(path, null, body), 401, null);
            for (TestUser wrong : List.of(APPLICANT, officeSy, self)) {
                expect(api.post(path, TestTokens.bearer(wrong), body), 403, "pool.role-required");
            }
            expect(api.post(path, TestTokens.bearer(HR_LIANDU), body), 403, "committee.out-of-scope");
            expect(api.post("/api/v1/committees/" + sy + "/pool-requests/" + UUID.randomUUID() + "/" + decision,
                    TestTokens.bearer(HR_SHANGYU), body), 404, "pool-request.not-found");
            expect(api.post("/api/v1/committees/NO-SUCH/pool-requests/" + request + "/" + decision,
                    TestTokens.bearer(HR_SHANGYU), body), 404, "committee.not-found");
        }
        Reply pending = api.get("/api/v1/committees/" + sy + "/pool-requests/" + request,
                TestTokens.bearer(HR_SHANGYU));
        assertThat(pending.json().path("status").asString()).isEqualTo("PENDING");
    }

    // ---- experts ---------------------------------------------------------------------------------------------

    @Test
    void expertProfilesAreCreatedAndListedByTheBureauOrOfficeOfTheRegion() {
        Map<String, Object> body = CommitteeFixtures.expertBody(CommitteeFixtures.unique("E-SY"), SHANGYU, "SY-U002");
        expect(api.post("/api/v1/experts", null, body), 401, null);
        for (TestUser wrong : List.of(APPLICANT, EMPLOYER, self)) {
            expect(api.post("/api/v1/experts", TestTokens.bearer(wrong), body), 403, "expert.role-required");
            expect(api.get("/api/v1/experts", TestTokens.bearer(wrong)), 403, "expert.role-required");
        }
        expect(api.post("/api/v1/experts", TestTokens.bearer(HR_LIANDU), body), 403, "expert.out-of-scope");
        expect(api.post("/api/v1/experts", TestTokens.bearer(officeLd), body), 403, "expert.out-of-scope");
        expect(api.get("/api/v1/experts", null), 401, null);
        expect(api.get("/api/v1/experts?region=" + SHANGYU, TestTokens.bearer(HR_LIANDU)), 403,
                "expert.out-of-scope");
        Reply liandu = api.get("/api/v1/experts?size=100", TestTokens.bearer(HR_LIANDU));
        assertThat(liandu.json().path("content").valueStream().map(view -> view.path("id").asString()))
                .doesNotContain(expert);
        expect(api.post("/api/v1/experts", TestTokens.bearer(officeSy), body), 201, null);
    }

    @Test
    void anExpertIsReadByThemselfTheBureauAndOfficesInScopeOnly() {
        String path = "/api/v1/experts/" + expert;
        expect(api.get(path, null), 401, null);
        expect(api.get(path, TestTokens.bearer(APPLICANT)), 403, "expert.role-required");
        expect(api.get(path, TestTokens.bearer(EMPLOYER)), 403, "expert.role-required");
        expect(api.get(path, TestTokens.bearer(TestUsers.expert(SHANGYU, "E-SY-OTHER"))), 403, "expert.other-person");
        expect(api.get(path, TestTokens.bearer(HR_LIANDU)), 404, "expert.not-found");
        expect(api.get(path, TestTokens.bearer(officeLd)), 404, "expert.not-found");
        expect(api.get("/api/v1/experts/E-NOBODY", TestTokens.bearer(HR_SHANGYU)), 404, "expert.not-found");
        expect(api.get(path, TestTokens.bearer(self)), 200, null);
        expect(api.get(path, TestTokens.bearer(HR_SHANGYU)), 200, null);
        expect(api.get(path, TestTokens.bearer(CommitteeFixtures.HR_SHAOXING)), 200, null);
        expect(api.get(path, TestTokens.bearer(officeSy)), 200, null);

        // an office elsewhere reads the expert once its committee's pool holds them
        String qz = fixtures.committee("QZ-ENG", "3308");
        expect(api.get(path, TestTokens.bearer(office("3308", qz))), 404, "expert.not-found");
        fixtures.inPool(qz, "3308", TestUsers.hrBureau("3308"), expert);
        expect(api.get(path, TestTokens.bearer(office("3308", qz))), 200, null);
    }

    @Test
    void conflictsAreRecordedAndReadWithinTheExpertsScope() {
        String path = "/api/v1/experts/" + expert + "/conflicts";
        Map<String, String> body = Map.of("type", "OTHER", "person", "P-SY-0001");
        expect(api.post(path, null, body), 401, null);
        expect(api.get(path, null), 401, null);
        expect(api.post(path, TestTokens.bearer(HR_SHANGYU), body), 403, "conflict.role-required");
        expect(api.post(path, TestTokens.bearer(APPLICANT), body), 403, "conflict.role-required");
        expect(api.post(path, TestTokens.bearer(TestUsers.expert(SHANGYU, "E-SY-OTHER"))  , body), 403,
                "expert.other-person");
        expect(api.post(path, TestTokens.bearer(officeLd), body), 404, "expert.not-found");
        // an office of the region may read the expert but pins only for a committee whose pool holds them
        expect(api.post(path, TestTokens.bearer(office(SHANGYU, "SY-OTHER")), body), 403, "conflict.not-in-pool");
        expect(api.post("/api/v1/experts/E-NOBODY/conflicts", TestTokens.bearer(officeSy), body), 404,
                "expert.not-found");

        expect(api.get(path, TestTokens.bearer(APPLICANT)), 403, "expert.role-required");
        expect(api.get(path, TestTokens.bearer(TestUsers.expert(SHANGYU, "E-SY-OTHER"))), 403, "expert.other-person");
        expect(api.get(path, TestTokens.bearer(HR_LIANDU)), 404, "expert.not-found");
        expect(api.get("/api/v1/experts/E-NOBODY/conflicts", TestTokens.bearer(HR_SHANGYU)), 404, "expert.not-found");
        expect(api.get(path, TestTokens.bearer(officeSy)), 200, null);
    }

    @Test
    void aConflictIsWithdrawnOnlyByWhoeverRecordedIt() {
        String path = "/api/v1/experts/" + expert + "/conflicts/" + conflict + "/withdrawal";
        Map<String, String> body = Map.of("reason", "r");
        expect(api.post(path, null, body), 401, null);
        expect(api.post(path, TestTokens.bearer(HR_SHANGYU), body), 403, "conflict.role-required");
        expect(api.post(path, TestTokens.bearer(officeSy), body), 403, "conflict.not-declarer");
        expect(api.post(path, TestTokens.bearer(officeLd), body), 404, "expert.not-found");
        expect(api.post("/api/v1/experts/" + expert + "/conflicts/" + UUID.randomUUID() + "/withdrawal",
                TestTokens.bearer(self), body), 404, "conflict.not-found");
        expect(api.post(path, TestTokens.bearer(self), body), 200, null);
    }

    @Test
    void onlyTheBureauOfTheExpertsRegionDisciplines() {
        String path = "/api/v1/experts/" + expert + "/discipline";
        Map<String, String> body = Map.of("kind", "BREACH", "reason", "r");
        expect(api.post(path, null, body), 401, null);
        expect(api.get(path, null), 401, null);
        for (TestUser wrong : List.of(APPLICANT, officeSy, self, CommitteeFixtures.ADMIN)) {
            expect(api.post(path, TestTokens.bearer(wrong), body), 403, "discipline.role-required");
        }
        expect(api.post(path, TestTokens.bearer(HR_LIANDU), body), 404, "expert.not-found");
        expect(api.post("/api/v1/experts/E-NOBODY/discipline", TestTokens.bearer(HR_SHANGYU), body), 404,
                "expert.not-found");
        expect(api.get(path, TestTokens.bearer(APPLICANT)), 403, "expert.role-required");
        expect(api.get(path, TestTokens.bearer(HR_LIANDU)), 404, "expert.not-found");
        expect(api.get(path, TestTokens.bearer(self)), 200, null);
        assertThat(api.get("/api/v1/experts/" + expert, TestTokens.bearer(HR_SHANGYU)).json().path("status")
                .asString()).isEqualTo("ACTIVE");
    }

    private static void expect(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.raw().request().method() + " " + reply.raw().uri() + " "
                + reply.json()).isEqualTo(status);
        if (code != null) {
            assertThat(reply.code()).isEqualTo(code);
        }
        if (status == 401) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
