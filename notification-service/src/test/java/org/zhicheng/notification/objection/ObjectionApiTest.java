package org.zhicheng.notification.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.EventTopic;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * Raising objections (anonymous, named, signed in, with attachments checked by content), reading them back by
 * tracking number and access code, and who of the staff sees and handles what.
 */
@NotificationServiceTest
class ObjectionApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;
    private String publicity;
    private String entry;

    @BeforeEach
    void aRunningPublicity() {
        api = new ServiceApi(port);
        Reply opened = api.post("/api/v1/publicities", TestTokens.bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(UUID.randomUUID(), "P-OBJ"));
        publicity = opened.json().path("id").asString();
        entry = opened.json().path("entries").get(0).path("id").asString();
    }

    @Test
    void anAnonymousObjectionIsRegisteredAssignedAndReadBackWithItsAccessCodeOnly() {
        Reply raised = api.post("/api/v1/objections", null, Map.of("publicityId", publicity, "entryId", entry,
                "text", "该同志近三年年度考核不合格。", "contact", "13900000000"));

        assertThat(raised.status()).isEqualTo(201);
        String tracking = raised.json().path("trackingNumber").asString();
        assertThat(tracking).matches("YY\\d{4}-\\d{6}");
        assertThat(raised.header("Location")).isEqualTo("/api/v1/objections/" + tracking);
        String code = raised.json().path("accessCode").asString();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        Reply withCode = api.send("GET", "/api/v1/objections/" + tracking, null, null, "X-Access-Code",
                code.toLowerCase());
        Reply withoutCode = api.get("/api/v1/objections/" + tracking, null);
        Reply wrongCode = api.send("GET", "/api/v1/objections/" + tracking, null, null, "X-Access-Code",
                "0000-0000-0000");
        Reply applicant = api.get("/api/v1/objections/" + tracking,
                TestTokens.bearer(TestUsers.applicant(TestUsers.SHANGYU, "SY-U001", "P-OTHER")));
        Reply office = api.get("/api/v1/objections/" + tracking, TestTokens.bearer(PublicityFixtures.employer()));

        assertThat(withCode.status()).isEqualTo(200);
        assertThat(withCode.json().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(withCode.json().path("raiser").isNull()).isTrue();
        assertThat(withoutCode.status()).isEqualTo(404);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(applicant.status()).isEqualTo(404);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.json().path("raiser").path("anonymous").asBoolean()).isTrue();
        assertThat(office.json().path("raiser").path("contact").asString()).isEqualTo("13900000000");
        assertThat(office.json().path("assignedTo").asString()).isEqualTo("UNIT:" + PublicityFixtures.UNIT);
        JsonNode event = ServiceApi.JSON.readTree(new EventTopic("zhicheng.notification.events")
                .awaitWithData("ObjectionRaised", "trackingNumber", tracking).value());
        assertThat(event.path("subject").asString()).isEqualTo(publicity);
        assertThat(event.path("data").path("signed").asBoolean()).isFalse();
        assertThat(event.toString()).doesNotContain("13900000000").doesNotContain("年度考核");
    }

    @Test
    void aSignedInRaiserReadsTheirOwnWithoutTheCode() {
        var applicant = TestUsers.applicant(TestUsers.SHANGYU, "SY-U009", "P-RAISER");
        Reply raised = api.post("/api/v1/objections", TestTokens.bearer(applicant),
                Map.of("publicityId", publicity, "text", "公示的单位名称有误。", "name", "王五"));
        String tracking = raised.json().path("trackingNumber").asString();

        Reply own = api.get("/api/v1/objections/" + tracking, TestTokens.bearer(applicant));
        Reply mine = api.get("/api/v1/objections?mine=true", TestTokens.bearer(applicant));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("text").asString()).isEqualTo("公示的单位名称有误。");
        assertThat(mine.json().path("content").findValuesAsString("trackingNumber")).containsExactly(tracking);
    }

    @Test
    void attachmentsAreCheckedByContentAndSizeBeforeAnythingIsStored() throws Exception {
        long before = objections();

        HttpResponse<String> accepted = multipart(List.of(new Part("attachments", "证明.pdf", "application/pdf", PDF),
                new Part("attachments", "photo.png", "image/png", PNG)));
        HttpResponse<String> junk = multipart(List.of(new Part("attachments", "证明.pdf", "application/pdf",
                "MZ this is an executable".getBytes(StandardCharsets.US_ASCII))));
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        HttpResponse<String> oversized = multipart(List.of(new Part("attachments", "big.pdf", "application/pdf",
                big)));
        HttpResponse<String> tooMany = multipart(List.of(pdf(1), pdf(2), pdf(3), pdf(4), pdf(5), pdf(6)));
        HttpResponse<String> traversal = multipart(List.of(new Part("attachments", "../../etc/passwd.pdf",
                "application/pdf", PDF)));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode attachments = ServiceApi.JSON.readTree(accepted.body()).path("objection").path("attachments");
        assertThat(attachments.findValuesAsString("mediaType")).containsExactly("application/pdf", "image/png");
        assertThat(attachments.get(0).path("sha256").asString()).hasSize(64);
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(ServiceApi.JSON.readTree(junk.body()).path("code").asString()).isEqualTo("objection.attachment-type");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(ServiceApi.JSON.readTree(oversized.body()).path("code").asString())
                .isEqualTo("objection.attachment-too-large");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(ServiceApi.JSON.readTree(tooMany.body()).path("code").asString())
                .isEqualTo("objection.attachment-too-many");
        assertThat(objections()).isEqualTo(before + 2);
        assertThat(ServiceApi.JSON.readTree(traversal.body()).path("objection").path("attachments").get(0)
                .path("fileName").asString()).isEqualTo("passwd.pdf");

        String tracking = ServiceApi.JSON.readTree(accepted.body()).path("trackingNumber").asString();
        String attachment = attachments.get(0).path("id").asString();
        HttpResponse<byte[]> download = download(tracking, attachment,
                TestTokens.bearer(PublicityFixtures.employer()));
        HttpResponse<byte[]> foreign = download(tracking, attachment,
                TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU, "SY-U777")));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void theAssignedDeskInvestigatesAndAnswersTheHrBureauOnlyReads() {
        String tracking = api.post("/api/v1/objections", null, Map.of("publicityId", publicity,
                "text", "异议内容")).json().path("trackingNumber").asString();
        String desk = TestTokens.bearer(PublicityFixtures.employer());

        Reply unInvestigated = api.post("/api/v1/objections/" + tracking + "/answer", desk,
                Map.of("outcome", "UPHELD", "answer", "属实"));
        Reply hrNote = api.post("/api/v1/objections/" + tracking + "/notes",
                TestTokens.bearer(PublicityFixtures.hrBureau()), Map.of("text", "督办"));
        Reply otherUnit = api.post("/api/v1/objections/" + tracking + "/notes",
                TestTokens.bearer(TestUsers.employer(TestUsers.SHANGYU, "SY-U777")), Map.of("text", "x"));
        Reply noted = api.post("/api/v1/objections/" + tracking + "/notes", desk, Map.of("text", "已调查"));
        Reply answered = api.post("/api/v1/objections/" + tracking + "/answer", desk,
                Map.of("outcome", "OUTSIDE_SCOPE", "answer", "不属于本单位受理范围，已转交主管部门。"));
        Reply twice = api.post("/api/v1/objections/" + tracking + "/answer", desk,
                Map.of("outcome", "UPHELD", "answer", "再答复"));
        Reply hrReads = api.get("/api/v1/objections/" + tracking, TestTokens.bearer(PublicityFixtures.hrBureau()));
        Reply foreignHr = api.get("/api/v1/objections/" + tracking,
                TestTokens.bearer(TestUsers.hrBureau(TestUsers.LIANDU)));
        Reply history = api.get("/api/v1/objections/" + tracking + "/history", desk);
        Reply hrList = api.get("/api/v1/objections?publicity=" + publicity,
                TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHAOXING)));

        assertThat(unInvestigated.status()).isEqualTo(409);
        assertThat(unInvestigated.code()).isEqualTo("objection.not-investigated");
        assertThat(unInvestigated.json().path("rule").asString()).isEqualTo("001-五(二)");
        assertThat(hrNote.status()).isEqualTo(403);
        assertThat(hrNote.code()).isEqualTo("objection.role-required");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.code()).isEqualTo("objection.out-of-scope");
        assertThat(noted.json().path("status").asString()).isEqualTo("INVESTIGATING");
        assertThat(answered.json().path("status").asString()).isEqualTo("ANSWERED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("objection.wrong-state");
        assertThat(hrReads.json().path("notes").findValuesAsString("text")).containsExactly("已调查");
        assertThat(foreignHr.status()).isEqualTo(403);
        assertThat(history.json().findValuesAsString("action")).containsExactly("RAISE", "NOTE", "ANSWER");
        assertThat(hrList.json().path("content").findValuesAsString("trackingNumber")).contains(tracking);
    }

    @Test
    void objectionsAgainstUnknownPublicitiesOrEntriesAreRefused() {
        Reply unknown = api.post("/api/v1/objections", null, Map.of("publicityId", UUID.randomUUID().toString(),
                "text", "x"));
        Reply entryElsewhere = api.post("/api/v1/objections", null, Map.of("publicityId", publicity,
                "entryId", UUID.randomUUID().toString(), "text", "x"));
        Reply empty = api.post("/api/v1/objections", null, Map.of("publicityId", publicity, "text", " "));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("publicity.not-found");
        assertThat(entryElsewhere.status()).isEqualTo(409);
        assertThat(entryElsewhere.code()).isEqualTo("objection.entry-unknown");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("validation.failed");
    }

    private long objections() {
        return jdbc.sql("SELECT count(*) FROM objection").query(Long.class).single();
    }

    private record Part(String name, String fileName, String type, byte[] content) {
    }

    private static Part pdf(int n) {
        return new Part("attachments", n + ".pdf", "application/pdf", PDF);
    }

    private HttpResponse<String> multipart(List<Part> files) throws IOException, InterruptedException {
        String boundary = "----zhicheng" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String json = ServiceApi.JSON.writeValueAsString(Map.of("publicityId", publicity,
                "text", "附件为证明材料。"));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"objection\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (Part file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/objections"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String tracking, String attachment, String bearer)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/objections/"
                + tracking + "/attachments/" + attachment)).header("Authorization", bearer).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
