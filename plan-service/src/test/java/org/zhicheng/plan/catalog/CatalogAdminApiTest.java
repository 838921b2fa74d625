package org.zhicheng.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.plan.importing.SourceRow;
import org.zhicheng.plan.importing.TableReader;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * The admin's catalog maintenance: unique codes, existing references, removal refused while plans name an entry
 * (deactivate instead), and every write for the admin only.
 */
@ZhichengServiceTest
class CatalogAdminApiTest {

    static final TestUser ADMIN = TestUsers.admin();
    static final TestUser HR = TestUsers.hrBureau(SHANGYU);
    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void theAdminAddsASeriesWithASpecialtyAndATitleThatEveryoneReads() {
        Reply series = api.post("/api/v1/catalog/series", TestTokens.bearer(ADMIN),
                Map.of("code", "CIVIL_AVIATION", "nameZh", "民航", "nameEn", "Civil aviation", "examOnly", false));
        Reply specialty = api.post("/api/v1/catalog/series/CIVIL_AVIATION/specialties", TestTokens.bearer(ADMIN),
                Map.of("code", "FLIGHT_OPERATIONS", "nameZh", "飞行运行"));
        Reply title = api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code",
                "AVIATION_ENGINEER_INTERMEDIATE", "series", "CIVIL_AVIATION", "level", "INTERMEDIATE", "nameZh",
                "民航工程师"));

        assertThat(series.status()).as("%s", series.json()).isEqualTo(201);
        assertThat(specialty.status()).as("%s", specialty.json()).isEqualTo(201);
        assertThat(title.status()).as("%s", title.json()).isEqualTo(201);
        Reply read = api.get("/api/v1/catalog/series/CIVIL_AVIATION", null);
        assertThat(read.json().path("active").asBoolean()).isTrue();
        assertThat(read.json().path("specialties").get(0).path("code").asString()).isEqualTo("FLIGHT_OPERATIONS");
        assertThat(api.get("/api/v1/catalog/titles/AVIATION_ENGINEER_INTERMEDIATE", null).json().path("nameZh")
                .asString()).isEqualTo("民航工程师");
    }

    @Test
    void theAdminMaintainsTitleAliasesThatEveryoneReads() {
        String path = "/api/v1/catalog/title-aliases";
        Reply created = api.post(path, TestTokens.bearer(ADMIN),
                Map.of("alias", "三级舞美设计师（舞台）", "title", "STAGE_DESIGNER_GRADE_3", "note", "测试"));
        Reply taken = api.post(path, TestTokens.bearer(ADMIN),
                Map.of("alias", "三级舞美设计师（舞台）", "title", "ACTOR_GRADE_3"));
        Reply unknownTitle = api.post(path, TestTokens.bearer(ADMIN), Map.of("alias", "宇航员", "title", "ASTRONAUT"));
        Reply ownName = api.post(path, TestTokens.bearer(ADMIN),
                Map.of("alias", "三级舞美设计师", "title", "STAGE_DESIGNER_GRADE_3"));
        Reply byHr = api.post(path, TestTokens.bearer(HR), Map.of("alias", "某别名", "title", "ACTOR_GRADE_3"));

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        assertThat(created.json().path("title").asString()).isEqualTo("STAGE_DESIGNER_GRADE_3");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("title-alias.exists");
        assertThat(unknownTitle.status()).isEqualTo(400);
        assertThat(unknownTitle.json().path("errors").get(0).path("field").asString()).isEqualTo("title");
        assertThat(ownName.status()).isEqualTo(400);
        assertThat(ownName.code()).isEqualTo("title-alias.own-name");
        assertThat(byHr.status()).isEqualTo(403);
        assertThat(api.post(path, null, Map.of("alias", "某别名", "title", "ACTOR_GRADE_3")).status()).isEqualTo(401);
        // the migration's alias for 000 附件1 row 28 and the new one are public
        assertThat(api.get(path, null).json().valueStream().map(alias -> alias.path("alias").asString()))
                .contains("三级舞美设计（设计）", "三级舞美设计师（舞台）");

        String one = path + "/" + URLEncoder.encode("三级舞美设计师（舞台）", StandardCharsets.UTF_8);
        assertThat(api.send("DELETE", one, TestTokens.bearer(OFFICE), null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", one, TestTokens.bearer(ADMIN), null).status()).isEqualTo(204);
        Reply gone = api.send("DELETE", one, TestTokens.bearer(ADMIN), null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("title-alias.not-found");
    }

    @Test
    void aTakenCodeIsA409() {
        Reply again = api.post("/api/v1/catalog/series", TestTokens.bearer(ADMIN),
                Map.of("code", "ENGINEERING", "nameZh", "工程2", "nameEn", "Engineering", "examOnly", false));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("series.exists");
        assertThat(api.get("/api/v1/catalog/series/ENGINEERING", null).json().path("nameZh").asString())
                .isEqualTo("工程");
    }

    @Test
    void aTitleOfAnUnknownLevelOrSeriesIsA400NamingTheField() {
        Reply level = api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "ENGINEER_GURU",
                "series", "ENGINEERING", "level", "GURU", "nameZh", "大师工程师"));
        Reply series = api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "WIZARD_SENIOR",
                "series", "WIZARDRY", "level", "DEPUTY_SENIOR", "nameZh", "高级巫师"));
        Reply badCode = api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "lower case",
                "series", "ENGINEERING", "level", "DEPUTY_SENIOR", "nameZh", "某师"));

        assertThat(level.status()).isEqualTo(400);
        assertThat(level.json().path("errors").get(0).path("field").asString()).isEqualTo("level");
        assertThat(series.status()).isEqualTo(400);
        assertThat(series.json().path("errors").get(0).path("field").asString()).isEqualTo("series");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
        assertThat(api.get("/api/v1/catalog/titles/ENGINEER_GURU", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/catalog/titles/WIZARD_SENIOR", null).status()).isEqualTo(404);
    }

    @Test
    void aTitleAPlanNamesIsNotRemovedButCanBeDeactivatedWhichRefusesItInNewPlans() {
        api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "ENGINEER_SPECIAL",
                "series", "ENGINEERING", "level", "INTERMEDIATE", "nameZh", "特设工程师"));
        Reply plan = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan("ENGINEER_SPECIAL"));
        assertThat(plan.status()).as("%s", plan.json()).isEqualTo(201);

        Reply removal = api.send("DELETE", "/api/v1/catalog/titles/ENGINEER_SPECIAL", TestTokens.bearer(ADMIN), null);
        Reply deactivated = api.put("/api/v1/catalog/titles/ENGINEER_SPECIAL", TestTokens.bearer(ADMIN), Map.of(
                "series", "ENGINEERING", "level", "INTERMEDIATE", "nameZh", "特设工程师", "active", false), null);
        Reply newPlan = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan("ENGINEER_SPECIAL"));

        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.code()).isEqualTo("title.in-use");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(newPlan.status()).isEqualTo(422);
        assertThat(newPlan.code()).isEqualTo("plan.unknown-title");
        assertThat(api.get("/api/v1/plans/" + plan.json().path("id").asString(), TestTokens.bearer(OFFICE)).status())
                .isEqualTo(200);
    }

    @Test
    void anOldPlanIsExportedWithTheNamesOfTitlesAndSpecialtiesDeactivatedSince()
            throws IOException, InterruptedException {
        api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "ENGINEER_ARCHIVED",
                "series", "ENGINEERING", "level", "INTERMEDIATE", "nameZh", "存档工程师"));
        api.post("/api/v1/catalog/series/ENGINEERING/specialties", TestTokens.bearer(ADMIN),
                Map.of("code", "ARCHIVED_SPECIALTY", "nameZh", "存档专业"));
        Reply plan = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), Map.of("year", 2024, "region", SHANGYU,
                "category", "REGULAR", "title", "计划", "items", List.of(Map.of("committeeName", "委员会",
                        "evaluatedTitles", List.of("ENGINEER_ARCHIVED"), "specialties", List.of("ARCHIVED_SPECIALTY"),
                        "expectedEvaluationTime", "11 月", "materialDeadline", "8 月"))));
        assertThat(plan.status()).as("%s", plan.json()).isEqualTo(201);
        api.put("/api/v1/catalog/titles/ENGINEER_ARCHIVED", TestTokens.bearer(ADMIN), Map.of("series", "ENGINEERING",
                "level", "INTERMEDIATE", "nameZh", "存档工程师", "active", false), null);
        api.put("/api/v1/catalog/specialties/ARCHIVED_SPECIALTY", TestTokens.bearer(ADMIN),
                Map.of("nameZh", "存档专业", "active", false), null);

        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/plans/" + plan.json().path("id").asString() + "/export.xlsx"))
                .header("Authorization", TestTokens.bearer(OFFICE)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(export.statusCode()).isEqualTo(200);
        SourceRow item = TableReader.read(export.body(), "plan.xlsx").get(2);
        assertThat(item.cells().subList(1, 4)).containsExactly("委员会", "存档工程师", "存档专业");
    }

    @Test
    void anUnusedTitleIsRemoved() {
        api.post("/api/v1/catalog/titles", TestTokens.bearer(ADMIN), Map.of("code", "ENGINEER_TEMPORARY",
                "series", "ENGINEERING", "level", "INTERMEDIATE", "nameZh", "临时工程师"));

        Reply removal = api.send("DELETE", "/api/v1/catalog/titles/ENGINEER_TEMPORARY", TestTokens.bearer(ADMIN),
                null);

        assertThat(removal.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/catalog/titles/ENGINEER_TEMPORARY", null).status()).isEqualTo(404);
    }

    @Test
    void aSeriesWithTitlesIsNotRemovedAndASpecialtyAPlanNamesNeither() {
        Reply series = api.send("DELETE", "/api/v1/catalog/series/ENGINEERING", TestTokens.bearer(ADMIN), null);
        api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan("ENGINEER_INTERMEDIATE"));
        Reply specialty = api.send("DELETE", "/api/v1/catalog/specialties/MECHATRONICS", TestTokens.bearer(ADMIN),
                null);

        assertThat(series.status()).isEqualTo(409);
        assertThat(series.code()).isEqualTo("series.in-use");
        assertThat(specialty.status()).isEqualTo(409);
        assertThat(specialty.code()).isEqualTo("specialty.in-use");
    }

    @ParameterizedTest(name = "{0} {1}: 401 without a token, 403 for an HR bureau")
    @CsvSource({
        "POST, /api/v1/catalog/series",
        "PUT, /api/v1/catalog/series/ENGINEERING",
        "DELETE, /api/v1/catalog/series/ENGINEERING",
        "POST, /api/v1/catalog/series/ENGINEERING/specialties",
        "PUT, /api/v1/catalog/specialties/MECHATRONICS",
        "DELETE, /api/v1/catalog/specialties/MECHATRONICS",
        "POST, /api/v1/catalog/titles",
        "PUT, /api/v1/catalog/titles/ENGINEER_SENIOR",
        "DELETE, /api/v1/catalog/titles/ENGINEER_SENIOR"})
    void catalogWritesAreForTheAdminOnly(String method, String path) {
        Map<String, Object> body = switch (path) {
            case "/api/v1/catalog/series" -> Map.of("code", "X_SERIES", "nameZh", "某", "nameEn", "X",
                    "examOnly", false);
            case "/api/v1/catalog/series/ENGINEERING" -> Map.of("nameZh", "某", "nameEn", "X", "examOnly", true,
                    "active", false);
            case "/api/v1/catalog/series/ENGINEERING/specialties" -> Map.of("code", "X_SPECIALTY", "nameZh", "某");
            case "/api/v1/catalog/specialties/MECHATRONICS" -> Map.of("nameZh", "某", "active", false);
            case "/api/v1/catalog/titles" -> Map.of("code", "X_TITLE", "series", "ENGINEERING", "level",
                    "INTERMEDIATE", "nameZh", "某师");
            default -> Map.of("series", "ENGINEERING", "level", "INTERMEDIATE", "nameZh", "某师", "active", false);
        };
        Object sent = "DELETE".equals(method) ? null : body;

        Reply anonymous = api.send(method, path, null, sent);
        Reply hr = api.send(method, path, TestTokens.bearer(HR), sent);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(hr.status()).isEqualTo(403);
        assertThat(hr.code()).isEqualTo("catalog.role-required");
        Reply engineering = api.get("/api/v1/catalog/series/ENGINEERING", null);
        assertThat(engineering.json().path("nameZh").asString()).isEqualTo("工程");
        assertThat(engineering.json().path("active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/catalog/titles/ENGINEER_SENIOR", null).json().path("active").asBoolean())
                .isTrue();
    }

    private static Map<String, Object> plan(String title) {
        return Map.of("year", 2024, "region", SHANGYU, "category", "REGULAR", "title", "计划", "items",
                List.of(Map.of("committeeName", "委员会", "evaluatedTitles", List.of(title), "specialties",
                        List.of("MECHATRONICS"), "expectedEvaluationTime", "11 月", "materialDeadline", "8 月")));
    }
}
