package org.zhicheng.application.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.application.support.Documents;
import org.zhicheng.starter.test.OversizedUpload;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * A person's archive: versions, the representative achievements' bound, evidence told by content and refused when
 * classified, stored once, and nobody else's.
 */
@ApplicationServiceTest
class ArchiveApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;
    private TestUser applicant;

    @BeforeEach
    void anApplicant() {
        api = new ServiceApi(port);
        applicant = TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", "P-" + UUID.randomUUID().toString()
                .substring(0, 8));
    }

    @Test
    void eachWriteIsANewVersionAndEarlierOnesStayReadable() {
        Reply empty = api.get("/api/v1/archives/me", bearer());
        Reply first = api.put("/api/v1/archives/me", bearer(), archive(List.of(), List.of()), "\"0\"");
        Reply stale = api.put("/api/v1/archives/me", bearer(), archive(List.of(), List.of()), "\"0\"");
        Map<String, Object> changed = archive(List.of(achievement(null, "PAPER", "论文一", List.of())), List.of());
        Reply second = api.put("/api/v1/archives/me", bearer(), changed, "\"1\"");

        assertThat(empty.json().path("version").asInt()).isZero();
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        assertThat(second.json().path("content").path("achievements").get(0).path("id").asString()).isNotBlank();
        assertThat(api.get("/api/v1/archives/me/versions/1", bearer()).json().path("content").path("achievements")
                .size()).isZero();
        assertThat(api.get("/api/v1/archives/me/versions", bearer()).json().findValuesAsString("createdBy"))
                .hasSize(2);
    }

    @Test
    void atMostFiveRepresentativeAchievementsEachOneOfTheArchives() {
        List<Map<String, Object>> six = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            six.add(achievement(id, "PATENT", "专利" + i, List.of()));
        }

        Reply tooMany = api.put("/api/v1/archives/me", bearer(), archive(six, ids), null);
        Reply unknown = api.put("/api/v1/archives/me", bearer(), archive(six,
                List.of(UUID.randomUUID().toString())), null);
        Reply five = api.put("/api/v1/archives/me", bearer(), archive(six, ids.subList(0, 5)), null);

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("archive.too-many-representative");
        assertThat(tooMany.json().path("rule").asString()).isEqualTo("000-二(一)");
        assertThat(unknown.code()).isEqualTo("archive.representative-unknown");
        assertThat(five.status()).isEqualTo(200);
        assertThat(five.json().path("content").path("representative").size()).isEqualTo(5);
    }

    @Test
    void evidenceIsToldByContentRefusedWhenClassifiedAndStoredOnce() throws Exception {
        byte[] pdf = Documents.pdf("某项目验收报告，结论：合格。");
        HttpResponse<String> accepted = upload(applicant, "验收报告.pdf", pdf, true);
        HttpResponse<String> again = upload(applicant, "copy.pdf", pdf, true);
        HttpResponse<String> noPledge = upload(applicant, "x.pdf", pdf, false);
        HttpResponse<String> renamedExe = upload(applicant, "setup.pdf",
                "MZ\u0090\u0000this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), true);
        HttpResponse<String> classified = upload(applicant, "方案.pdf", Documents.pdf("机密★5年 某型号研制方案"), true);
        HttpResponse<String> classifiedOfd = upload(applicant, "方案.ofd", Documents.ofd("绝密 ★ 长期"), true);
        HttpResponse<String> ofd = upload(applicant, "证书.ofd", Documents.ofd("高级工程师资格证书"), true);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode file = ServiceApi.JSON.readTree(accepted.body());
        assertThat(file.path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.path("pledge").asString()).contains("不含任何涉密材料");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_blob WHERE sha256 = ?").param(file.path("sha256")
                .asString()).query(Long.class).single()).isEqualTo(1);
        assertThat(problem(noPledge).path("code").asString()).isEqualTo("evidence.pledge-missing");
        assertThat(renamedExe.statusCode()).isEqualTo(400);
        assertThat(problem(renamedExe).path("code").asString()).isEqualTo("evidence.type");
        assertThat(classified.statusCode()).isEqualTo(422);
        assertThat(problem(classified).path("code").asString()).isEqualTo("evidence.classified");
        assertThat(problem(classified).path("rule").asString()).isEqualTo("000-二(二)");
        assertThat(problem(classifiedOfd).path("code").asString()).isEqualTo("evidence.classified");
        assertThat(ofd.statusCode()).as(ofd.body()).isEqualTo(201);
        assertThat(ServiceApi.JSON.readTree(ofd.body()).path("mediaType").asString()).isEqualTo("application/ofd");

        String id = file.path("id").asString();
        TestUser other = TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", "P-OTHER-" + UUID.randomUUID());
        assertThat(api.get("/api/v1/archives/me/evidence/" + id, TestTokens.bearer(other)).status()).isEqualTo(404);
        Reply foreignEvidence = api.put("/api/v1/archives/me", TestTokens.bearer(other),
                archive(List.of(achievement(null, "PAPER", "借用", List.of(id))), List.of()), null);
        assertThat(foreignEvidence.status()).isEqualTo(400);
        assertThat(foreignEvidence.code()).isEqualTo("archive.evidence-unknown");
        assertThat(api.put("/api/v1/archives/me", bearer(), archive(List.of(achievement(null, "PAPER", "论文",
                List.of(id))), List.of()), null).status()).isEqualTo(200);
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single();

        String status = OversizedUpload.statusLine(port, "/api/v1/archives/me/evidence", bearer(),
                50L * 1024 * 1024);

        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theArchiveIsTheApplicantsOwn() {
        assertThat(api.get("/api/v1/archives/me", null).status()).isEqualTo(401);
        Reply employer = api.get("/api/v1/archives/me", TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU,
                "SY-U001")));
        assertThat(employer.status()).isEqualTo(403);
        assertThat(employer.code()).isEqualTo("archive.role-required");
        assertThat(api.get("/api/v1/archives/me/versions/9", bearer()).status()).isEqualTo(404);
    }

    private String bearer() {
        return TestTokens.bearer(applicant);
    }

    static Map<String, Object> archive(List<Map<String, Object>> achievements, List<String> representative) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personal", Map.of("name", "陈明", "gender", "MALE", "birthDate", "1988-05-01"));
        body.put("employment", Map.of("unit", "SY-U001", "unitName", "绍兴市上虞区建设工程有限公司",
                "unitType", "PRIVATE_NON_INDUSTRIAL_ENTERPRISE", "region", "330604"));
        body.put("education", List.of(Map.of("degree", "BACHELOR", "major", "土木工程", "school", "浙江工业大学",
                "graduatedOn", "2010-06-30", "fullTime", true)));
        body.put("achievements", achievements);
        body.put("representative", representative);
        return body;
    }

    static Map<String, Object> achievement(String id, String type, String title, List<String> evidence) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        if (id != null) {
            achievement.put("id", id);
        }
        achievement.put("type", type);
        achievement.put("title", title);
        achievement.put("date", "2023-06-01");
        achievement.put("evidence", evidence);
        return achievement;
    }

    private HttpResponse<String> upload(TestUser user, String name, byte[] content, boolean pledge)
            throws IOException, InterruptedException {
        String boundary = "----zhicheng" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"pledge\"\r\n\r\n" + pledge
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/archives/me/evidence"))
                .header("Authorization", TestTokens.bearer(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        return ServiceApi.JSON.readTree(response.body());
    }
}
