package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.office;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/** 001 五(三): plans and schemes by 30 November, summaries by 28 February; late filings accepted and marked late. */
@SelfEvaluationServiceTest
class FilingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private SelfEvaluationFixtures fixtures;
    private ServiceApi api;
    private String code;

    @BeforeEach
    void committee() {
        fixtures = new SelfEvaluationFixtures(port, jdbc);
        api = fixtures.api();
        clock.today("2024-05-06");
        code = fixtures.selfEvaluatingCommittee(SHANGYU);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPlanFiledOnThirtiethNovemberIsOnTime() {
        clock.today("2024-11-30");
        Reply filed = fixtures.file(code, SHANGYU, "THREE_YEAR_PLAN", 2024);

        assertThat(filed.status()).as("%s", filed.json()).isEqualTo(201);
        assertThat(filed.json().path("late").asBoolean()).isFalse();
        assertThat(filed.json().path("daysOverdue").asLong()).isZero();
        assertThat(filed.json().path("dueOn").asString()).isEqualTo("2024-11-30");
        assertThat(filed.json().path("filedOn").asString()).isEqualTo("2024-11-30");
        assertThat(filed.json().path("version").asInt()).isEqualTo(1);
        assertThat(filed.json().path("current").asBoolean()).isTrue();
        assertThat(filed.json().path("committee").asString()).isEqualTo(code);
    }

    @Test
    void aSchemeFiledTheDayAfterIsAcceptedButMarkedLate() {
        clock.today("2024-12-01");
        Reply filed = fixtures.file(code, SHANGYU, "ANNUAL_SCHEME", 2024);

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().path("late").asBoolean()).isTrue();
        assertThat(filed.json().path("daysOverdue").asLong()).isEqualTo(1);
    }

    @Test
    void theSummaryIsDueOnTwentyEighthFebruaryOfTheNextYear() {
        clock.today("2025-02-28");
        Reply onTime = fixtures.file(code, SHANGYU, "SUMMARY", 2024);
        clock.today("2025-03-10");
        Reply late = fixtures.file(code, SHANGYU, "SUMMARY", 2024);

        assertThat(onTime.json().path("dueOn").asString()).isEqualTo("2025-02-28");
        assertThat(onTime.json().path("late").asBoolean()).isFalse();
        assertThat(late.json().path("late").asBoolean()).isTrue();
        assertThat(late.json().path("daysOverdue").asLong()).isEqualTo(10);
    }

    @Test
    void aReFilingIsANewVersionAndTheEarlierOneStaysInTheHistory() {
        clock.today("2024-11-20");
        Reply first = fixtures.file(code, SHANGYU, "ANNUAL_SCHEME", 2024);
        clock.today("2024-11-25");
        Map<String, Object> corrected = SelfEvaluationFixtures.filing("ANNUAL_SCHEME", 2024);
        corrected.put("title", "2024 年度自主评聘方案（修订）");
        Reply second = api.post("/api/v1/self-evaluation/" + code + "/filings",
                TestTokens.bearer(office(SHANGYU, code)), corrected);
        fixtures.file(code, SHANGYU, "ANNUAL_SCHEME", 2025);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        Reply history = api.get("/api/v1/self-evaluation/" + code + "/filings?year=2024",
                TestTokens.bearer(office(SHANGYU, code)));
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        JsonNode v1 = history.json().get(0);
        JsonNode v2 = history.json().get(1);
        assertThat(v1.path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("current").asBoolean()).isFalse();
        assertThat(v1.path("title").asString()).isEqualTo("ANNUAL_SCHEME 2024");
        assertThat(v1.path("filedOn").asString()).isEqualTo("2024-11-20");
        assertThat(v2.path("current").asBoolean()).isTrue();
        assertThat(v2.path("title").asString()).isEqualTo("2024 年度自主评聘方案（修订）");
        assertThat(api.get("/api/v1/self-evaluation/" + code + "/filings", TestTokens.bearer(office(SHANGYU, code)))
                .json()).hasSize(3);
    }

    @Test
    void theHrBureauCoveringTheCommitteeReadsItsFilingsWithTheLateOnesMarked() {
        clock.today("2024-12-03");
        fixtures.file(code, SHANGYU, "THREE_YEAR_PLAN", 2024);

        Reply read = api.get("/api/v1/self-evaluation/" + code + "/filings?year=2024",
                TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get(0).path("late").asBoolean()).isTrue();
        assertThat(read.json().get(0).path("daysOverdue").asLong()).isEqualTo(3);
        assertThat(read.json().get(0).path("filedBy").asString()).startsWith("committee-office-");
    }

    @Test
    void aCommitteeWithoutSelfEvaluationRightsIsRefusedWithTheRule() {
        String regular = fixtures.regularCommittee(SHANGYU);

        Reply refused = fixtures.file(regular, SHANGYU, "ANNUAL_SCHEME", 2024);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("self-evaluation.not-self-evaluating");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-三(二)");
        assertThat(refused.json().path("detail").asString()).contains(regular).contains("REGULAR");
        assertThat(jdbc.sql("SELECT count(*) FROM self_evaluation_filing f JOIN committee c ON c.id = f.committee_id "
                + "WHERE c.code = :code").param("code", regular).query(Integer.class).single()).isZero();
    }

    @Test
    void incompleteFilingsAreRefusedWithTheirFields() {
        Map<String, Object> body = SelfEvaluationFixtures.filing("MEETING_REPORT", 2024);
        body.remove("documentRef");

        Reply refused = api.post("/api/v1/self-evaluation/" + code + "/filings",
                TestTokens.bearer(office(SHANGYU, code)), body);

        assertThat(refused.status()).isEqualTo(400);
        Map<String, Object> noRef = SelfEvaluationFixtures.filing("SUMMARY", 1999);
        noRef.remove("documentRef");
        Reply fields = api.post("/api/v1/self-evaluation/" + code + "/filings",
                TestTokens.bearer(office(SHANGYU, code)), noRef);
        assertThat(fields.status()).isEqualTo(400);
        assertThat(fields.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("documentRef", "year");
    }
}
