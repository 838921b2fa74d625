package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zhicheng.committee.selfevaluation.SelfEvaluationFixtures.OVERDUE;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.List;

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

/**
 * 001 五(三): the daily scan flags each missing filing to the HR bureau once, announcing it; the filing clears the
 * flag, which stays in the history; nothing falls due while the unit's rights are suspended.
 */
@SelfEvaluationServiceTest
class OverdueScanTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueScan scan;

    private SelfEvaluationFixtures fixtures;
    private ServiceApi api;

    @BeforeEach
    void client() {
        fixtures = new SelfEvaluationFixtures(port, jdbc);
        api = fixtures.api();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void nothingIsFlaggedOnTheDueDateItself() {
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-11-30");

        scan.scan();

        assertThat(flags(code, SHANGYU, false)).isEmpty();
        assertThat(fixtures.events(code, OVERDUE)).isZero();
    }

    @Test
    void runningTheScanTwiceFlagsAndAnnouncesEachMissingFilingOnce() {
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-12-01");

        scan.scan();
        scan.scan();
        clock.today("2024-12-05");
        scan.scan();

        assertThat(fixtures.events(code, OVERDUE)).isEqualTo(2);
        List<JsonNode> open = flags(code, SHANGYU, false);
        assertThat(open).extracting(flag -> flag.path("kind").asString(), flag -> flag.path("year").asInt(),
                flag -> flag.path("dueDate").asString(), flag -> flag.path("daysOverdue").asLong(),
                flag -> flag.path("flaggedOn").asString())
                .containsExactlyInAnyOrder(tuple("THREE_YEAR_PLAN", 2024, "2024-11-30", 5L, "2024-12-01"),
                        tuple("ANNUAL_SCHEME", 2024, "2024-11-30", 5L, "2024-12-01"));
        String data = jdbc.sql("SELECT payload::text FROM outbox_event WHERE event_key = :key AND type = :type "
                + "ORDER BY seq LIMIT 1").param("key", code).param("type", OVERDUE).query(String.class).single();
        JsonNode envelope = ServiceApi.JSON.readTree(data).path("data");
        assertThat(envelope.path("committee").asString()).isEqualTo(code);
        assertThat(envelope.path("territory").asString()).isEqualTo(SHANGYU);
        assertThat(envelope.path("daysOverdue").asLong()).isEqualTo(1);
    }

    @Test
    void aFilingClearsItsFlagWhichStaysInTheHistory() {
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-12-01");
        scan.scan();

        clock.today("2024-12-04");
        Reply scheme = fixtures.file(code, SHANGYU, "ANNUAL_SCHEME", 2024);
        scan.scan();

        assertThat(scheme.json().path("late").asBoolean()).isTrue();
        assertThat(flags(code, SHANGYU, false)).extracting(flag -> flag.path("kind").asString())
                .containsExactly("THREE_YEAR_PLAN");
        assertThat(flags(code, SHANGYU, true)).filteredOn(flag -> flag.path("kind").asString().equals("ANNUAL_SCHEME"))
                .singleElement().satisfies(cleared -> {
                    assertThat(cleared.path("open").asBoolean()).isFalse();
                    assertThat(cleared.path("clearedOn").asString()).isEqualTo("2024-12-04");
                    assertThat(cleared.path("clearedByFiling").asString())
                            .isEqualTo(scheme.json().path("id").asString());
                    assertThat(cleared.path("daysOverdue").asLong()).isEqualTo(4);
                });
        assertThat(fixtures.events(code, OVERDUE)).isEqualTo(2);
    }

    @Test
    void aThreeYearPlanAnswersTheFlagsOfEveryYearItCovers() {
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-11-29");
        fixtures.file(code, SHANGYU, "ANNUAL_SCHEME", 2024);
        fixtures.file(code, SHANGYU, "SUMMARY", 2024);
        clock.today("2025-12-01");
        scan.scan();
        assertThat(flags(code, SHANGYU, false)).extracting(flag -> flag.path("kind").asString(),
                flag -> flag.path("year").asInt())
                .containsExactlyInAnyOrder(tuple("THREE_YEAR_PLAN", 2024), tuple("THREE_YEAR_PLAN", 2025),
                        tuple("ANNUAL_SCHEME", 2025));

        clock.today("2025-12-02");
        fixtures.file(code, SHANGYU, "THREE_YEAR_PLAN", 2024);

        assertThat(flags(code, SHANGYU, false)).extracting(flag -> flag.path("kind").asString())
                .containsExactly("ANNUAL_SCHEME");
    }

    @Test
    void aUnitGivenRightsAfterThirtiethNovemberOwesFromTheNextYear() {
        clock.today("2024-12-05");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-12-10");

        scan.scan();

        assertThat(flags(code, SHANGYU, true)).isEmpty();
    }

    @Test
    void aSuspendedUnitIsNotFlaggedForTheSuspensionPeriod() {
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(LIANDU);
        clock.today("2024-11-15");
        assertThat(fixtures.suspend(code, LIANDU).status()).isEqualTo(200);
        clock.today("2024-12-01");
        scan.scan();
        assertThat(flags(code, LIANDU, true)).isEmpty();

        clock.today("2025-01-10");
        assertThat(fixtures.reinstate(code, LIANDU).status()).isEqualTo(200);
        clock.today("2025-12-01");
        scan.scan();

        // 2024's plan and scheme fell due while suspended; the 2024 summary (28 Feb 2025) and 2025's did not
        assertThat(flags(code, LIANDU, false)).extracting(flag -> flag.path("kind").asString(),
                flag -> flag.path("year").asInt())
                .containsExactlyInAnyOrder(tuple("SUMMARY", 2024), tuple("THREE_YEAR_PLAN", 2025),
                        tuple("ANNUAL_SCHEME", 2025));
    }

    @Test
    void aBureauSeesTheFlagsOfItsRegionOnly() {
        clock.today("2024-06-03");
        String shangyu = fixtures.selfEvaluatingCommittee(SHANGYU);
        String liandu = fixtures.selfEvaluatingCommittee(LIANDU);
        clock.today("2024-12-02");
        scan.scan();

        Reply shaoxing = api.get("/api/v1/self-evaluation/overdue", TestTokens.bearer(TestUsers.hrBureau(SHAOXING)));
        Reply province = api.get("/api/v1/self-evaluation/overdue?region=3311",
                TestTokens.bearer(TestUsers.hrBureau(TestUsers.ZHEJIANG)));

        assertThat(shaoxing.status()).isEqualTo(200);
        assertThat(shaoxing.json().valueStream().map(flag -> flag.path("committee").asString()))
                .contains(shangyu).doesNotContain(liandu);
        assertThat(province.json().valueStream().map(flag -> flag.path("committee").asString()))
                .contains(liandu).doesNotContain(shangyu);
    }

    /** The committee's flags as its region's HR bureau lists them. */
    private List<JsonNode> flags(String code, String region, boolean withCleared) {
        Reply listed = api.get("/api/v1/self-evaluation/overdue?region=" + region + "&withCleared=" + withCleared,
                TestTokens.bearer(TestUsers.hrBureau(region)));
        assertThat(listed.status()).as("%s", listed.json()).isEqualTo(200);
        return listed.json().valueStream().filter(flag -> flag.path("committee").asString().equals(code)).toList();
    }
}
