package org.zhicheng.education.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

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

/** Every ledger endpoint without a token, with the wrong role and across unit, region and person. */
@ZhichengServiceTest
class HoursSecurityTest {

    static final String UNIT = "liandu-school";
    static final TestUser EMPLOYER = TestUsers.employer(LIANDU, UNIT);
    static final TestUser OTHER_EMPLOYER = TestUsers.employer(LIANDU, "liandu-factory");

    @LocalServerPort
    int port;

    private ServiceApi api;
    private String person;
    private String recordId;

    @BeforeEach
    void aRecordedPerson() {
        api = new ServiceApi(port);
        person = "person-" + UUID.randomUUID();
        Reply created = api.post("/api/v1/education/records", TestTokens.bearer(EMPLOYER),
                HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 8));
        assertThat(created.status()).isEqualTo(201);
        recordId = created.json().path("id").asString();
    }

    @Test
    void everyEndpointNeedsAValidToken() {
        assertThat(api.post("/api/v1/education/records", null, body()).status()).isEqualTo(401);
        assertThat(api.post(reversal(), null, Map.of("reason", "x")).status()).isEqualTo(401);
        assertThat(api.get(records(person), null).status()).isEqualTo(401);
        assertThat(api.get(records(person), TestTokens.expired(EMPLOYER)).status()).isEqualTo(401);
        assertThat(api.get(records(person), TestTokens.signedByOtherKey(EMPLOYER)).status()).isEqualTo(401);
    }

    @Test
    void onlyEmployersAndThePlatformRecordAndReverse() {
        for (TestUser wrong : new TestUser[] {TestUsers.applicant(LIANDU, UNIT, person), TestUsers.hrBureau(LISHUI),
                TestUsers.committeeOffice(LISHUI), TestUsers.expert(LISHUI, "e-1")}) {
            Reply recorded = api.post("/api/v1/education/records", TestTokens.bearer(wrong), body());
            assertThat(recorded.status()).as(wrong.username()).isEqualTo(403);
            assertThat(recorded.code()).isEqualTo("hours.role-required");
        }
        Reply reversedByApplicant = api.post(reversal(), TestTokens.bearer(TestUsers.applicant(LIANDU, UNIT, person)),
                Map.of("reason", "mine"));
        assertThat(reversedByApplicant.status()).isEqualTo(403);
    }

    @Test
    void anEmployerRecordsAndReversesOnlyForItsOwnUnitAndRegion() {
        Reply otherUnit = api.post("/api/v1/education/records", TestTokens.bearer(OTHER_EMPLOYER), body());
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.code()).isEqualTo("hours.other-unit");

        Reply otherRegion = api.post("/api/v1/education/records", TestTokens.bearer(EMPLOYER),
                HoursBodies.record(person, SHANGYU, UNIT, 2024, "PROFESSIONAL", 8));
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.code()).isEqualTo("hours.out-of-scope");

        Reply reversedByOtherUnit = api.post(reversal(), TestTokens.bearer(OTHER_EMPLOYER), Map.of("reason", "x"));
        assertThat(reversedByOtherUnit.status()).isEqualTo(404);
    }

    @Test
    void anHrBureauCorrectsEntriesOfItsRegionOnly() {
        Reply outside = api.post(reversal(), TestTokens.bearer(TestUsers.hrBureau(SHAOXING)), Map.of("reason", "x"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("hour-record.not-found");
        Reply byCommitteeOffice = api.post(reversal(), TestTokens.bearer(TestUsers.committeeOffice(LISHUI)),
                Map.of("reason", "x"));
        assertThat(byCommitteeOffice.status()).isEqualTo(403);

        Reply corrected = api.post(reversal(), TestTokens.bearer(TestUsers.hrBureau(LISHUI)),
                Map.of("reason", "登记系统导出有误"));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.json().path("reverses").asString()).isEqualTo(recordId);
        assertThat(corrected.json().path("recordedBy").asString()).isNotBlank();
        Reply again = api.post(reversal(), TestTokens.bearer(TestUsers.hrBureau(LIANDU)), Map.of("reason", "x"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theApplicantReadsOnlyTheirOwnHours() {
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.applicant(LIANDU, UNIT, person))).status())
                .isEqualTo(200);
        Reply other = api.get(records(person), TestTokens.bearer(TestUsers.applicant(LIANDU, UNIT, "someone-else")));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("hours.other-person");
    }

    @Test
    void employersAndBureausReadWithinTheirUnitAndRegion() {
        assertThat(api.get(records(person), TestTokens.bearer(EMPLOYER)).status()).isEqualTo(200);
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.hrBureau(LISHUI))).status()).isEqualTo(200);
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.hrBureau(LIANDU))).status()).isEqualTo(200);
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.platform())).status()).isEqualTo(200);

        Reply otherUnit = api.get(records(person), TestTokens.bearer(OTHER_EMPLOYER));
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(otherUnit.code()).isEqualTo("person.not-found");
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.hrBureau(SHAOXING))).status())
                .isEqualTo(404);
        assertThat(api.get(records(person), TestTokens.bearer(TestUsers.committeeOffice(LISHUI))).status())
                .isEqualTo(403);
    }

    private Map<String, Object> body() {
        return HoursBodies.record(person, LIANDU, UNIT, 2024, "GENERAL_PUBLIC", 4);
    }

    private String reversal() {
        return "/api/v1/education/records/" + recordId + "/reversal";
    }

    private static String records(String person) {
        return "/api/v1/education/people/" + person + "/records";
    }
}
