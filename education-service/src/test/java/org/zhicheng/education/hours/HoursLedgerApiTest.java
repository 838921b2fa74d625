package org.zhicheng.education.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/** Recording, reversing and reading hours through the API, on the real database. */
@ZhichengServiceTest
class HoursLedgerApiTest {

    static final String UNIT = "liandu-hospital";
    static final TestUser EMPLOYER = TestUsers.employer(LIANDU, UNIT);
    static final TestUser PLATFORM = TestUsers.platform();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;
    private String person;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
        person = "person-" + UUID.randomUUID();
    }

    @Test
    void anEmployerRecordsHoursOfItsUnitAndTheApplicantReadsThemWithTotals() {
        Reply created = record(EMPLOYER, HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 60));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("RECORDED");
        assertThat(created.json().path("recordedBy").asString()).isNotBlank();
        assertThat(created.header("Location")).endsWith(created.json().path("id").asString());
        record(EMPLOYER, HoursBodies.record(person, LIANDU, UNIT, 2024, "GENERAL_PUBLIC", 12.5));
        record(EMPLOYER, HoursBodies.record(person, LIANDU, UNIT, 2023, "INDUSTRY_PUBLIC", 6));

        Reply own = api.get(recordsOf(person, null), TestTokens.bearer(applicant()));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("records").size()).isEqualTo(3);
        JsonNode totals = own.json().path("totals");
        assertThat(totals.get(0).path("year").asInt()).isEqualTo(2023);
        assertThat(totals.get(1).path("professional").decimalValue()).isEqualByComparingTo("60");
        assertThat(totals.get(1).path("generalPublic").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(totals.get(1).path("total").decimalValue()).isEqualByComparingTo("72.5");

        Reply year2023 = api.get(recordsOf(person, 2023), TestTokens.bearer(applicant()));
        assertThat(year2023.json().path("records").size()).isEqualTo(1);
        assertThat(year2023.json().path("records").get(0).path("category").asString()).isEqualTo("INDUSTRY_PUBLIC");
    }

    @Test
    void theCategoryIsReadInAnyCase() {
        Reply created = record(PLATFORM, HoursBodies.record(person, LIANDU, UNIT, 2024, "professional", 10));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("category").asString()).isEqualTo("PROFESSIONAL");
    }

    @Test
    void aReversalIsANewEntryThatCancelsTheOriginalWithoutChangingIt() {
        Reply original = record(EMPLOYER, HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 30));
        String id = original.json().path("id").asString();

        Reply reversal = api.post("/api/v1/education/records/" + id + "/reversal", TestTokens.bearer(EMPLOYER),
                Map.of("reason", "证书录入错误"));
        assertThat(reversal.status()).isEqualTo(201);
        assertThat(reversal.json().path("status").asString()).isEqualTo("REVERSAL");
        assertThat(reversal.json().path("reverses").asString()).isEqualTo(id);
        assertThat(reversal.json().path("hours").decimalValue()).isEqualByComparingTo("-30");

        Reply read = api.get(recordsOf(person, 2024), TestTokens.bearer(PLATFORM));
        JsonNode first = read.json().path("records").get(0);
        assertThat(first.path("status").asString()).isEqualTo("REVERSED");
        assertThat(first.path("hours").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.path("reversedBy").asString()).isEqualTo(reversal.json().path("id").asString());
        assertThat(read.json().path("totals").get(0).path("total").decimalValue()).isEqualByComparingTo("0");

        Reply again = api.post("/api/v1/education/records/" + id + "/reversal", TestTokens.bearer(EMPLOYER),
                Map.of("reason", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hour-record.wrong-state");
        Reply ofReversal = api.post("/api/v1/education/records/" + reversal.json().path("id").asString()
                + "/reversal", TestTokens.bearer(PLATFORM), Map.of("reason", "undo"));
        assertThat(ofReversal.status()).isEqualTo(409);
    }

    @Test
    void aCertificateNumberIsRecordedOnceUntilItsEntryIsReversed() {
        String certificate = "LS-2024-" + UUID.randomUUID();
        Reply first = record(EMPLOYER, HoursBodies.withCertificate(
                HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 20), certificate));
        assertThat(first.status()).isEqualTo(201);

        Reply duplicate = record(PLATFORM, HoursBodies.withCertificate(
                HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 20), certificate));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("hours.duplicate-certificate");
        assertThat(duplicate.json().path("errors").get(0).path("field").asString())
                .isEqualTo("source.certificateNumber");
        assertThat(rowsOf(person)).isEqualTo(1);

        api.post("/api/v1/education/records/" + first.json().path("id").asString() + "/reversal",
                TestTokens.bearer(EMPLOYER), Map.of("reason", "wrong hours"));
        Reply corrected = record(EMPLOYER, HoursBodies.withCertificate(
                HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 24), certificate));
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void badEntriesAreRefusedNamingTheRuleAndFieldAndChangeNothing() {
        int nextYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        assertRefused(HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", -5), "hours.not-positive",
                "hours");
        assertRefused(HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 0), "hours.not-positive",
                "hours");
        assertRefused(HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 900), "hours.above-maximum",
                "hours");
        assertRefused(HoursBodies.record(person, LIANDU, UNIT, 2024, "SPORTS", 10), "hours.unknown-category",
                "category");
        assertRefused(HoursBodies.record(person, LIANDU, UNIT, nextYear, "PROFESSIONAL", 10), "hours.future-year",
                "year");
        Map<String, Object> noHours = HoursBodies.record(person, LIANDU, UNIT, 2024, "PROFESSIONAL", 10);
        noHours.remove("hours");
        Reply missing = record(EMPLOYER, noHours);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("hours");
        assertThat(rowsOf(person)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :person").param("person", person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownRecordCannotBeReversed() {
        Reply gone = api.post("/api/v1/education/records/" + UUID.randomUUID() + "/reversal",
                TestTokens.bearer(PLATFORM), Map.of("reason", "x"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("hour-record.not-found");
    }

    private void assertRefused(Map<String, Object> body, String code, String field) {
        Reply refused = record(EMPLOYER, body);
        assertThat(refused.status()).as(code).isEqualTo(400);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private Reply record(TestUser user, Map<String, Object> body) {
        return api.post("/api/v1/education/records", TestTokens.bearer(user), body);
    }

    private TestUser applicant() {
        return TestUsers.applicant(LISHUI, UNIT, person);
    }

    private long rowsOf(String who) {
        return jdbc.sql("SELECT count(*) FROM hour_record WHERE person = :person").param("person", who)
                .query(Long.class).single();
    }

    static String recordsOf(String person, Integer year) {
        return "/api/v1/education/people/" + person + "/records" + (year == null ? "" : "?year=" + year);
    }
}
