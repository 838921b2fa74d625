package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.office;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * Who may call the self-evaluation API: a valid token (401), the role and the scope (403: another committee's office,
 * another region's HR bureau), and a known committee (404).
 */
@SelfEvaluationServiceTest
class SelfEvaluationSecurityTest {

    static final String FILINGS = "/api/v1/self-evaluation/{c}/filings";
    static final String REPORTS = "/api/v1/self-evaluation/{c}/meeting-reports";
    static final String OVERDUE = "/api/v1/self-evaluation/overdue";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;
    private String code;
    private String other;

    @BeforeEach
    void committees() {
        SelfEvaluationFixtures fixtures = new SelfEvaluationFixtures(port, jdbc);
        api = fixtures.api();
        clock.today("2024-05-06");
        code = fixtures.selfEvaluatingCommittee(SHANGYU);
        other = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-11-20");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Object body(String method, String path) {
        if (method.equals("GET")) {
            return null;
        }
        return path.endsWith("filings") ? SelfEvaluationFixtures.filing("ANNUAL_SCHEME", 2024)
                : SelfEvaluationFixtures.meeting("2024-12-16");
    }

    static Stream<Arguments> endpointsAndBadTokens() {
        List<String[]> endpoints = List.of(new String[] { "POST", FILINGS }, new String[] { "GET", FILINGS },
                new String[] { "POST", REPORTS }, new String[] { "GET", REPORTS }, new String[] { "GET", OVERDUE });
        List<Object[]> tokens = List.of(new Object[] { "no token", (Function<TestUser, String>) user -> null },
                new Object[] { "expired", (Function<TestUser, String>) TestTokens::expired },
                new Object[] { "wrong issuer", (Function<TestUser, String>) TestTokens::wrongIssuer },
                new Object[] { "other key", (Function<TestUser, String>) TestTokens::signedByOtherKey });
        List<Arguments> cases = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (Object[] token : tokens) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], token[0], token[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} with {2} → 401")
    @MethodSource("endpointsAndBadTokens")
    void withoutAValidTokenTheAnswerIs401(String method, String path, String tokenKind,
            Function<TestUser, String> token) {
        Reply reply = api.send(method, path.replace("{c}", code), token.apply(office(SHANGYU, code)),
                body(method, path));

        assertThat(reply.status()).as(tokenKind).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    static Stream<Arguments> committeeEndpoints() {
        return Stream.of(Arguments.of("POST", FILINGS), Arguments.of("GET", FILINGS), Arguments.of("POST", REPORTS),
                Arguments.of("GET", REPORTS));
    }

    @ParameterizedTest(name = "{0} {1}: wrong role → 403")
    @MethodSource("committeeEndpoints")
    void anApplicantOrAnExpertIsRefusedWithTheRole(String method, String path) {
        for (TestUser user : List.of(TestUsers.applicant(SHANGYU, "unit-1", "person-1"),
                TestUsers.expert(SHANGYU, "X-1"), TestUsers.department(SHANGYU, "unit-1"))) {
            Reply reply = api.send(method, path.replace("{c}", code), TestTokens.bearer(user), body(method, path));

            assertThat(reply.status()).as(user.username()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("self-evaluation.role-required");
        }
    }

    @ParameterizedTest(name = "{0} {1}: another committee's office → 403")
    @MethodSource("committeeEndpoints")
    void anotherCommitteesOfficeIsOutOfScope(String method, String path) {
        Reply reply = api.send(method, path.replace("{c}", code), TestTokens.bearer(office(SHANGYU, other)),
                body(method, path));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("committee.out-of-scope");
    }

    @ParameterizedTest(name = "{0} {1}: another region's HR bureau → 403")
    @MethodSource("committeeEndpoints")
    void anotherRegionsBureauIsOutOfScope(String method, String path) {
        Reply reply = api.send(method, path.replace("{c}", code), TestTokens.bearer(TestUsers.hrBureau(LIANDU)),
                body(method, path));

        assertThat(reply.status()).isEqualTo(403);
        // an HR bureau reads but never files: the role refuses it before the scope
        assertThat(reply.code()).isEqualTo(method.equals("GET") ? "committee.out-of-scope"
                : "self-evaluation.role-required");
    }

    @Test
    void evenTheCoveringBureauDoesNotFileForTheOffice() {
        Reply filed = api.post(FILINGS.replace("{c}", code), TestTokens.bearer(TestUsers.hrBureau(SHAOXING)),
                SelfEvaluationFixtures.filing("ANNUAL_SCHEME", 2024));
        Reply reported = api.post(REPORTS.replace("{c}", code), TestTokens.bearer(TestUsers.hrBureau(SHAOXING)),
                SelfEvaluationFixtures.meeting("2024-12-16"));

        assertThat(filed.status()).isEqualTo(403);
        assertThat(filed.code()).isEqualTo("self-evaluation.role-required");
        assertThat(reported.status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} {1}: unknown committee → 404")
    @MethodSource("committeeEndpoints")
    void anUnknownCommitteeIsNotFound(String method, String path) {
        String unknown = "NO-SUCH-COMMITTEE";
        TestUser user = method.equals("GET") ? TestUsers.hrBureau(SHAOXING) : office(SHANGYU, unknown);

        Reply reply = api.send(method, path.replace("{c}", unknown), TestTokens.bearer(user), body(method, path));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("committee.not-found");
    }

    @Test
    void theOverdueListIsForHrBureausWithinTheirRegion() {
        Reply office = api.get(OVERDUE, TestTokens.bearer(office(SHANGYU, code)));
        Reply otherRegion = api.get(OVERDUE + "?region=3311", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));
        Reply wider = api.get(OVERDUE + "?region=33", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));
        Reply invalid = api.get(OVERDUE + "?region=33x", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));
        Reply own = api.get(OVERDUE + "?region=330604", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));

        assertThat(office.status()).isEqualTo(403);
        assertThat(office.code()).isEqualTo("self-evaluation.role-required");
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.code()).isEqualTo("self-evaluation.region-out-of-scope");
        assertThat(wider.status()).isEqualTo(403);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        Reply reply = api.send("GET", OVERDUE + "?region=3311", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)), null,
                "Accept-Language", "en");

        assertThat(reply.json().path("title").asString()).isEqualTo("Outside your region");
        assertThat(reply.json().path("detail").asString()).isEqualTo("Region 3311 is outside your scope");
    }
}
