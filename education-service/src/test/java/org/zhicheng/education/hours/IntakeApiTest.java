package org.zhicheng.education.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.OversizedUpload;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/** Bulk intake through the API on the real database: both export layouts, all-or-nothing, idempotency, scope. */
@ZhichengServiceTest
class IntakeApiTest {

    static final String UNIT = "liandu-school";
    static final TestUser EMPLOYER = TestUsers.employer(LIANDU, UNIT);
    static final TestUser PLATFORM = TestUsers.platform();
    static final String CSV_HEADER = "姓名,身份证号或人员编号,年度,学时类别,学时,课程,机构,证书编号\n";

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
    void anEmployerImportsTheCityCsvAndTheSameFileAgainChangesNothing() {
        byte[] file = csv(
                row("张三", person, 2023, "专业科目", "60", "\"课程, 第一期\"", cert()),
                row("张三", person, 2023, "一般公需", "12.5", "公需课", cert()),
                row("张三", person, 2024, "行业公需", "6", "行业课", cert()));

        Reply first = upload(EMPLOYER, cityCsv(), UNIT, file, "hours.csv");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("alreadyImported").asBoolean()).isFalse();
        assertThat(first.json().path("written").asInt()).isEqualTo(3);
        assertThat(first.json().path("rows").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(first.json().path("rows").get(1).path("category").asString()).isEqualTo("GENERAL_PUBLIC");
        assertThat(entries()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT course FROM hour_record WHERE person = :p AND category = 'PROFESSIONAL'")
                .param("p", person).query(String.class).single()).isEqualTo("课程, 第一期");

        Reply again = upload(EMPLOYER, cityCsv(), UNIT, file, "hours-copy.csv");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().path("written").asInt()).isZero();
        assertThat(entries()).isEqualTo(3);
    }

    @Test
    void anHrBureauImportsAProviderWorkbookForItsRegion() {
        String certificate = cert();
        byte[] file = xlsx(List.of(
                List.of("学员编号", "学员姓名", "培训年度", "科目类型", "获得学时", "课程名称", "培训机构", "学时证明编号"),
                List.of(person, "李四", 2024, "专业科目", 30.5, "数字化转型", "丽水学院", certificate),
                List.of(person, "李四", 2024, "GENERAL_PUBLIC", 12, "公需课", "丽水学院", cert())));

        Reply imported = upload(TestUsers.hrBureau(LISHUI), "provider-xlsx", UNIT, file, "export.xlsx");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("written").asInt()).isEqualTo(2);
        JsonNode first = imported.json().path("rows").get(0);
        assertThat(first.path("hours").decimalValue()).isEqualByComparingTo("30.5");
        assertThat(first.path("category").asString()).isEqualTo("PROFESSIONAL");
        assertThat(jdbc.sql("SELECT source_system FROM hour_record WHERE certificate_number = :c")
                .param("c", certificate).query(String.class).single()).isEqualTo("培训机构学时导出");
    }

    @Test
    void oneBadRowOfAnyKindRejectsTheWholeFileNamingEachRow() {
        String taken = cert();
        api.post("/api/v1/education/records", TestTokens.bearer(PLATFORM),
                HoursBodies.withCertificate(HoursBodies.record(person, LIANDU, UNIT, 2023, "PROFESSIONAL", 10),
                        taken));
        int future = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        String twice = cert();
        byte[] file = csv(
                row("王五", person, 2023, "专业科目", "20", "好的一行", cert()),
                row("王五", person, 2023, "专业科目", "-5", "负学时", cert()),
                row("王五", person, 2023, "继续教育", "5", "未知类别", cert()),
                row("王五", person, future, "专业科目", "5", "未来年度", cert()),
                row("王五", person, 2023, "专业科目", "5", "已登记证书", taken),
                row("王五", person, 2023, "专业科目", "5", "同一文件", twice),
                row("王五", person, 2023, "专业科目", "5", "同一文件", twice),
                row("王五", person, "二〇二三", "专业科目", "5", "年度不可读", cert()));

        Reply refused = upload(EMPLOYER, cityCsv(), UNIT, file, "bad.csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("import.rows-rejected");
        Map<String, String> byRow = new HashMap<>();
        refused.json().path("errors").forEach(error ->
                byRow.put(error.path("field").asString(), error.path("code").asString()));
        assertThat(byRow).containsEntry("rows[3]", "hours.not-positive")
                .containsEntry("rows[4]", "hours.unknown-category")
                .containsEntry("rows[5]", "hours.future-year")
                .containsEntry("rows[6]", "hours.duplicate-certificate")
                .containsEntry("rows[8]", "hours.duplicate-certificate")
                .containsEntry("rows[9]", "import.unreadable-year")
                .doesNotContainKey("rows[2]");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aMalformedFileOrUnknownFormatIsRefusedAndWritesNothing() {
        Reply notCsv = upload(EMPLOYER, cityCsv(), UNIT, "name;id\nx;y\n".getBytes(StandardCharsets.UTF_8),
                "wrong.csv");
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.code()).isEqualTo("import.malformed-file");

        Reply notXlsx = upload(EMPLOYER, "provider-xlsx", UNIT, csv(row("a", person, 2023, "专业科目", "5", "c",
                cert())), "fake.xlsx");
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.code()).isEqualTo("import.malformed-file");

        Reply unknown = upload(EMPLOYER, "national-xml", UNIT, csv(row("a", person, 2023, "专业科目", "5", "c",
                cert())), "x.xml");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("import.unknown-format");
        assertThat(entries()).isZero();
    }

    @Test
    void aCountyExportOfSeveralMegabytesIsReadWholeAndOneBadRowAtItsEndStillRejectsIt() {
        StringBuilder rows = new StringBuilder();
        String course = "专业科目课程".repeat(20);
        for (int i = 0; i < 12_000; i++) {
            rows.append(row("张三", person, 2023, "专业科目", "1", course, cert()));
        }
        rows.append(row("张三", person, 2023, "专业科目", "-1", course, cert()));
        byte[] file = csv(rows.toString());
        assertThat(file.length).isGreaterThan(3 * 1024 * 1024);

        Reply rejected = upload(EMPLOYER, cityCsv(), UNIT, file, "county.csv");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("import.rows-rejected");
        assertThat(rejected.json().path("errors")).hasSize(1);
        assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("rows[12002]");
        assertThat(rejected.json().path("errors").get(0).path("code").asString()).isEqualTo("hours.not-positive");
        assertThat(entries()).isZero();
    }

    @Test
    void anUploadAboveTwentyMegabytesIs413BeforeItIsRead() throws IOException {
        String status = OversizedUpload.statusLine(port, "/api/v1/education/imports", TestTokens.bearer(EMPLOYER),
                30L * 1024 * 1024);

        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(entries()).isZero();
    }

    @Test
    void onlyTheUnitsEmployerTheRegionsBureauOrThePlatformImport() {
        byte[] file = csv(row("赵六", person, 2023, "专业科目", "8", "课程", cert()));
        assertThat(upload(null, cityCsv(), UNIT, file, "a.csv").status()).isEqualTo(401);
        assertThat(upload(TestUsers.employer(LIANDU, "other-unit"), cityCsv(), UNIT, file, "a.csv").code())
                .isEqualTo("hours.other-unit");
        assertThat(upload(TestUsers.hrBureau(SHAOXING), cityCsv(), UNIT, file, "a.csv").status()).isEqualTo(403);
        assertThat(upload(TestUsers.applicant(LIANDU, UNIT, person), cityCsv(), UNIT, file, "a.csv").status())
                .isEqualTo(403);
        assertThat(entries()).isZero();
    }

    @Test
    void thePlatformPushesABatchAllOrNothingAndIdempotentByBatchId() {
        String batchId = "batch-" + UUID.randomUUID();
        Map<String, Object> bad = HoursBodies.record(person, LIANDU, UNIT, 2023, "PROFESSIONAL", 0);
        Reply refused = api.post("/api/v1/education/records/batch", TestTokens.bearer(PLATFORM), Map.of(
                "batchId", batchId, "records", List.of(
                        HoursBodies.record(person, LIANDU, UNIT, 2023, "PROFESSIONAL", 40), bad)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("rows[2]");
        assertThat(entries()).isZero();

        Map<String, Object> body = Map.of("batchId", batchId, "records", List.of(
                HoursBodies.record(person, LIANDU, UNIT, 2023, "PROFESSIONAL", 40),
                HoursBodies.record(person, LIANDU, UNIT, 2023, "GENERAL_PUBLIC", 12)));
        Reply pushed = api.post("/api/v1/education/records/batch", TestTokens.bearer(PLATFORM), body);
        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().path("written").asInt()).isEqualTo(2);
        Reply again = api.post("/api/v1/education/records/batch", TestTokens.bearer(PLATFORM), body);
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(entries()).isEqualTo(2);

        assertThat(api.post("/api/v1/education/records/batch", TestTokens.bearer(EMPLOYER), body).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/education/records/batch", null, body).status()).isEqualTo(401);
    }

    private static String cityCsv() {
        return "city-registry-csv";
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM hour_record WHERE person = :p").param("p", person)
                .query(Long.class).single();
    }

    private static String cert() {
        return "CERT-" + UUID.randomUUID();
    }

    private static String row(String name, String id, Object year, String category, String hours, String course,
            String certificate) {
        return String.join(",", name, id, String.valueOf(year), category, hours, course, "丽水市继续教育中心",
                certificate) + "\n";
    }

    private static byte[] csv(String... rows) {
        return ("\uFEFF" + CSV_HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "zhicheng-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("学时");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, String.valueOf(value));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Reply upload(TestUser user, String format, String unit, byte[] file, String filename) {
        String boundary = "----zhicheng" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of("format", format, "region", LIANDU, "unit", unit)
                .entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/education/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", TestTokens.bearer(user));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : ServiceApi.JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
