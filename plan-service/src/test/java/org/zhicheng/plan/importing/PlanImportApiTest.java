package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.OversizedUpload;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Imports through the API on real PostgreSQL: every seed table row by row, the draft a good table creates, nothing
 * from a table with one bad row, the XLSX export read back, bad files, the 50 MB upload, and who may see what.
 */
@ZhichengServiceTest
class PlanImportApiTest {

    static final String QUZHOU = "3308";
    static final String ASSISTANT = "import.ambiguous-title: 助理研究员"
            + " (NATURAL_RESEARCHER_ASSISTANT, SOCIAL_RESEARCHER_ASSISTANT)";
    static final String ASSOCIATE = "import.ambiguous-title: 副研究员"
            + " (NATURAL_RESEARCHER_ASSOCIATE, SOCIAL_RESEARCHER_ASSOCIATE)";
    static final String FULL = "import.ambiguous-title: 研究员 (NATURAL_RESEARCHER_FULL, SOCIAL_RESEARCHER_FULL)";
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);
    static final TestUser HR_LIANDU = TestUsers.hrBureau(LIANDU);
    static final TestUser OFFICE_SHAOXING = TestUsers.committeeOffice(SHAOXING, "shaoxing-engineering");
    static final TestUser OFFICE_SHANGYU = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser OFFICE_LIANDU = TestUsers.committeeOffice(LIANDU, "liandu-engineering");
    static final TestUser APPLICANT = TestUsers.applicant(SHAOXING, "unit-1", "person-1");

    @LocalServerPort
    int port;

    @Autowired
    ImportCatalog catalog;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    PlanImports imports;

    private ServiceApi api;
    private Uploads uploads;

    @BeforeEach
    void clients() {
        api = new ServiceApi(port);
        uploads = new Uploads(port);
    }

    @Test
    void everySeedTableImportsRowByRow() {
        List<String> results = new ArrayList<>();
        results.add(result("000", 1, SHAOXING, "REGULAR", HR_SHAOXING));
        results.add(result("000", 2, SHANGYU, "DELEGATED", HR_SHAOXING));
        results.add(result("000", 3, SHAOXING, "SOCIALIZED", HR_SHAOXING));
        results.add(result("000", 4, SHAOXING, "PRIVATE_INDUSTRIAL", HR_SHAOXING));
        results.add(result("001", 1, LIANDU, "REGULAR", HR_LIANDU));
        results.add(result("001", 2, LIANDU, "INITIAL_CERTIFICATION", HR_LIANDU));
        results.add(result("002", 1, QUZHOU, "REGULAR", TestUsers.hrBureau(QUZHOU)));

        // every row understood: research titles of teachers' and party-school committees are social-science research
        // (000 附件1 rows 1 and 6, 附件2 row 2, 001 row 11, 002 rows 17 and 19), 000 附件1 row 28's 三级舞美设计(设计) is
        // an alias of 三级舞美设计师, 001 row 10's "推荐高级" is the health series' senior titles, and the 初定 table
        // imports without titles as an initial-certification plan
        assertThat(results).containsExactly(
                "000/1 SUCCEEDED 33/33 items=33",
                "000/2 SUCCEEDED 2/2 items=2",
                "000/3 SUCCEEDED 5/5 items=5",
                "000/4 SUCCEEDED 2/2 items=2",
                "001/1 SUCCEEDED 11/11 items=11",
                "001/2 SUCCEEDED 1/1 items=1",
                "002/1 SUCCEEDED 25/25 items=25");
    }

    @Test
    void everySeedRowMatchesTheCatalogAsReviewed() {
        CatalogMatcher matcher = new CatalogMatcher(catalog.snapshot());
        List<String> lines = new ArrayList<>();
        for (String[] table : new String[][] { { "000", "1" }, { "000", "2" }, { "000", "3" }, { "000", "4" },
                { "001", "1" }, { "002", "1" } }) {
            for (ParsedRow row : Seeds.rows(table[0], Integer.parseInt(table[1]))) {
                List<String> problems = new ArrayList<>(row.problems());
                List<String> notes = new ArrayList<>();
                ImportedItem item = matcher.match(row, problems, notes);
                lines.add(table[0] + "/" + row.row() + " E=" + item.evaluatedTitles() + " R="
                        + item.recommendedTitles() + " S=" + item.specialties() + " N=" + notes + " P=" + problems);
            }
        }

        assertThat(String.join("\n", lines) + "\n").isEqualTo(new String(
                Seeds.resource("/importing/expected/catalog-matches.txt"), StandardCharsets.UTF_8));
    }

    /** The job's outcome and rejected rows, and the number of items of the draft it created. */
    private String result(String seed, int table, String region, String category, TestUser user) {
        Map<String, String> form = form(region, category, table);
        // the tables print no individual application deadline: the domain derives it from the material deadline
        form.remove("applicationDeadline");
        Reply started = uploads.upload(Seeds.bytes(seed), seed + ".txt", form, TestTokens.bearer(user));
        assertThat(started.status()).as(seed + "/" + table).isEqualTo(202);
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(user));
        StringBuilder summary = new StringBuilder(seed + "/" + table + " " + job.path("status").asString() + " "
                + job.path("report").path("rowsAccepted").asInt() + "/" + job.path("report").path("rows").size());
        for (JsonNode row : job.path("report").path("rows")) {
            if (!row.path("accepted").asBoolean()) {
                summary.append(" | ").append(row.path("row").asInt()).append(": ")
                        .append(String.join("; ", row.path("problems").valueStream().map(JsonNode::asString)
                                .toList()));
            }
        }
        if (job.hasNonNull("planId")) {
            summary.append(" items=").append(api.get("/api/v1/plans/" + job.path("planId").asString(),
                    TestTokens.bearer(user)).json().path("items").size());
        }
        return summary.toString();
    }

    @Test
    void aSeedTableBecomesADraftPlanWithItsItems() {
        Reply started = uploads.upload(Seeds.bytes("000"), "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.bearer(OFFICE_SHAOXING));

        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json().path("id").asString();
        assertThat(started.header("Location")).endsWith("/api/v1/plans/imports/" + jobId);
        JsonNode job = uploads.awaitJob(jobId, TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("progress").path("rowsDone").asInt()).isEqualTo(5);
        assertThat(job.path("progress").path("rowsTotal").asInt()).isEqualTo(5);
        assertThat(job.path("report").path("outcome").asString()).isEqualTo("DRAFT_CREATED");
        JsonNode firstRow = job.path("report").path("rows").get(0);
        assertThat(firstRow.path("row").asInt()).isEqualTo(125);
        assertThat(firstRow.path("cells").path("COMMITTEE").asString())
                .isEqualTo("绍兴市勘察设计行业工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(firstRow.path("unit").asString()).isEqualTo("绍兴市勘察设计行业协会");

        Reply plan = api.get("/api/v1/plans/" + job.path("planId").asString(), TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.json().path("category").asString()).isEqualTo("SOCIALIZED");
        JsonNode items = plan.json().path("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).path("evaluatedTitles").valueStream().map(JsonNode::asString))
                .containsExactly("ENGINEER_INTERMEDIATE");
        assertThat(items.get(0).path("recommendedTitles").valueStream().map(JsonNode::asString))
                .containsExactly("ENGINEER_SENIOR");
        assertThat(items.get(0).path("acceptanceScope").asString()).isEqualTo("全市勘察设计企业");
        assertThat(items.get(0).path("expectedEvaluationTime").asString()).isEqualTo("11 月");
        assertThat(items.get(0).path("materialDeadline").asString()).isEqualTo("8 月");
        assertThat(items.get(0).path("applicationDeadline").asString()).isEqualTo("2024-08-31");
        assertThat(items.get(2).path("receivingUnit").asString()).isEqualTo("上海市绍兴商会");
        assertThat(items.get(2).path("phone").asString()).isEqualTo("021-31269545");
        assertThat(items.get(3).path("evaluatedTitles").valueStream().map(JsonNode::asString))
                .containsExactly("CRAFTS_ARTIST_INTERMEDIATE");
    }

    @Test
    void importedItemsKeepEverythingTheRowCarries() {
        Map<String, String> form = form(LIANDU, "REGULAR", 1);
        form.remove("applicationDeadline");
        JsonNode regular = plan(uploads.upload(Seeds.bytes("001"), "001.txt", form, TestTokens.bearer(HR_LIANDU)),
                HR_LIANDU);
        form.put("category", "INITIAL_CERTIFICATION");
        form.put("table", "2");
        JsonNode initial = plan(uploads.upload(Seeds.bytes("001"), "001.txt", form, TestTokens.bearer(HR_LIANDU)),
                HR_LIANDU);

        // 001 row 1: 启动时间 6 月, 完成时间 8 月, 申报对象, no material deadline and no deadline in the form
        JsonNode first = regular.path("items").get(0);
        assertThat(first.path("expectedEvaluation").path("kind").asString()).isEqualTo("START_COMPLETION");
        assertThat(first.path("expectedEvaluation").path("earliest").asString()).isEqualTo("2024-06-01");
        assertThat(first.path("expectedEvaluation").path("latest").asString()).isEqualTo("2024-08-31");
        assertThat(first.path("applicants").asString()).isEqualTo("全区农业技术人员；全区农业、渔业工程技术人员");
        assertThat(first.path("applicationDeadline").isNull()).isTrue();
        assertThat(first.path("receivingUnit").asString()).isEqualTo("莲都区农业农村局");
        // 001 row 10 "推荐高级" in the 卫计 committee: the health series' senior titles
        assertThat(regular.path("items").get(9).path("recommendedTitles").valueStream().map(JsonNode::asString))
                .contains("PHYSICIAN_SENIOR", "PHYSICIAN_FULL_SENIOR", "NURSE_SENIOR");
        // 001 附件2: the 初定 batch without titles, quarterly, excluding units with their own authority
        assertThat(initial.path("category").asString()).isEqualTo("INITIAL_CERTIFICATION");
        JsonNode batch = initial.path("items").get(0);
        assertThat(batch.path("evaluatedTitles")).isEmpty();
        assertThat(batch.path("recommendedTitles")).isEmpty();
        assertThat(batch.path("expectedEvaluation").path("kind").asString()).isEqualTo("MONTHS");
        assertThat(batch.path("exclusions").valueStream().map(JsonNode::asString)).containsExactly("自主评聘单位");
    }

    @Test
    void perLevelScopeAndExclusionsOf002AreStructured() {
        Map<String, String> form = form(QUZHOU, "REGULAR", 1);
        form.remove("applicationDeadline");
        TestUser hr = TestUsers.hrBureau(QUZHOU);
        JsonNode items = plan(uploads.upload(Seeds.bytes("002"), "002.txt", form, TestTokens.bearer(hr)), hr)
                .path("items");

        // 002 row 1 "初级：市本级 中级：全市 高级：全市"; row 17 "全市（自主评聘单位除外）" and 副研究员 as social science
        assertThat(items.get(0).path("acceptanceScopeByLevel").size()).isEqualTo(3);
        JsonNode row17 = items.get(16);
        assertThat(row17.path("exclusions").valueStream().map(JsonNode::asString)).containsExactly("自主评聘单位");
        assertThat(row17.path("evaluatedTitles").valueStream().map(JsonNode::asString))
                .contains("SOCIAL_RESEARCHER_ASSOCIATE");
        // row 21 "按省高评委评审计划另定": no date, so the end of the plan year is the deadline
        assertThat(items.get(20).path("expectedEvaluation").path("kind").asString())
                .isEqualTo("TO_BE_FIXED_BY_PROVINCIAL_PLAN");
        assertThat(items.get(20).path("effectiveDeadline").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void everyUnreadableTimeRejectsItsRowByName() {
        long before = plansOf(SHAOXING);
        String table = "序号\t评委会名称\t评审（推荐）职务任职资格名称\t所评专业\t评审（推荐）范围\t预计评审时间"
                + "\t预计接收材料截止时间\t材料接收单位及咨询电话\t备注\n"
                + "1\t绍兴市机电工程技术人员中级评审委员会\t工程师\t机电制造\t全市\t13 月\t8 月\t绍兴市经信局 85157014\t\n"
                + "2\t绍兴市信息技术工程技术人员中级评审委员会\t工程师\t信息技术\t全市\t11 月\t9 月\t\t\n"
                + "3\t绍兴市能源工程技术人员中级评审委员会\t工程师\t能源\t全市\t11 月\t4月31日前\t\t\n";

        Reply started = uploads.upload(table.getBytes(StandardCharsets.UTF_8), "plan.txt",
                form(SHAOXING, "REGULAR", 1), TestTokens.bearer(HR_SHAOXING));
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(HR_SHAOXING));

        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("failureCode").asString()).isEqualTo("import.rows-rejected");
        JsonNode rows = job.path("report").path("rows");
        assertThat(rows.get(0).path("accepted").asBoolean()).isFalse();
        assertThat(rows.get(0).path("row").asInt()).isEqualTo(2);
        assertThat(rows.get(0).path("problems").get(0).asString())
                .startsWith("plan.invalid-time (EVALUATION_TIME): \"13 月\"");
        assertThat(rows.get(1).path("accepted").asBoolean()).isTrue();
        assertThat(rows.get(2).path("accepted").asBoolean()).isFalse();
        assertThat(rows.get(2).path("row").asInt()).isEqualTo(4);
        assertThat(rows.get(2).path("problems").get(0).asString())
                .startsWith("plan.invalid-time (MATERIAL_DEADLINE): \"4月31日前\"");
        assertThat(job.path("report").path("rowsRejected").asInt()).isEqualTo(2);
        assertThat(plansOf(SHAOXING)).isEqualTo(before);
    }

    @Test
    void aTableWithOneBadRowCreatesNothing() {
        long before = plansOf(SHAOXING);
        SourceTable annex3 = Seeds.tables("000").get(2);
        String csv = TableReaderTest.csv(annex3, false).replace("\"工艺美术师\"", "\"宇航员\"");

        Reply started = uploads.upload(csv.getBytes(StandardCharsets.UTF_8), "plan.csv",
                form(SHAOXING, "SOCIALIZED", 1), TestTokens.bearer(OFFICE_SHAOXING));

        assertThat(started.status()).isEqualTo(202);
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("failureCode").asString()).isEqualTo("import.rows-rejected");
        assertThat(job.path("planId").isNull()).isTrue();
        assertThat(job.path("report").path("outcome").asString()).isEqualTo("NOTHING_IMPORTED");
        assertThat(job.path("report").path("rowsAccepted").asInt()).isEqualTo(4);
        JsonNode rejected = job.path("report").path("rows").get(3);
        assertThat(rejected.path("accepted").asBoolean()).isFalse();
        assertThat(rejected.path("row").asInt()).isEqualTo(6);
        assertThat(rejected.path("problems").get(0).asString()).isEqualTo("import.unknown-title: 宇航员");
        assertThat(plansOf(SHAOXING)).isEqualTo(before);
    }

    @Test
    void theDomainRefusingAnItemIsReportedOnItsRowAndCreatesNothing() {
        long before = plansOf(SHAOXING);
        Map<String, String> form = form(SHAOXING, "SOCIALIZED", 3);
        form.put("applicationDeadline", "2025-01-15");

        Reply started = uploads.upload(Seeds.bytes("000"), "000.txt", form, TestTokens.bearer(OFFICE_SHAOXING));

        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("failureCode").asString()).isEqualTo("plan.deadline-outside-year");
        JsonNode first = job.path("report").path("rows").get(0);
        assertThat(first.path("row").asInt()).isEqualTo(125);
        assertThat(first.path("problems").get(0).asString()).startsWith("plan.deadline-outside-year (000-一)");
        assertThat(plansOf(SHAOXING)).isEqualTo(before);
    }

    @Test
    void anExportedPlanImportsBackToTheSameItems() throws IOException {
        String planId = importAnnex3(OFFICE_SHAOXING);

        HttpResponse<byte[]> export = uploads.export(planId, TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Reply again = uploads.upload(export.body(), "plan.xlsx", form(SHAOXING, "SOCIALIZED", 1),
                TestTokens.bearer(OFFICE_SHAOXING));
        JsonNode job = uploads.awaitJob(again.json().path("id").asString(), TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");

        JsonNode original = api.get("/api/v1/plans/" + planId, TestTokens.bearer(OFFICE_SHAOXING)).json();
        JsonNode copy = api.get("/api/v1/plans/" + job.path("planId").asString(), TestTokens.bearer(OFFICE_SHAOXING))
                .json();
        assertThat(withoutIds(copy.path("items"))).isEqualTo(withoutIds(original.path("items")));
    }

    @Test
    void aLargeTableShowsItsProgressAndImportsWhole() {
        StringBuilder text = new StringBuilder("序号\t评委会名称\t评审（推荐）职务任职资格名称\t所评专业\t评审（推荐）范围"
                + "\t预计评审时间\t预计接收材料截止时间\t材料接收单位及咨询电话\t备注\n");
        for (int i = 1; i <= 150; i++) {
            text.append(i).append("\t绍兴市第").append(i).append("机电制造工程技术人员中级专业技术职务任职资格评审委员会\t")
                    .append("工程师评审，高级工程师推荐\t机电制造\t全市\t11 月\t8 月\t")
                    .append(i % 10 == 1 ? "绍兴市经信局 85157014" : "").append("\t\n");
        }

        Reply started = uploads.upload(text.toString().getBytes(StandardCharsets.UTF_8), "plan.txt",
                form(SHAOXING, "REGULAR", 1), TestTokens.bearer(HR_SHAOXING));
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(HR_SHAOXING));

        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("progress").path("rowsDone").asInt()).isEqualTo(150);
        assertThat(job.path("progress").path("rowsTotal").asInt()).isEqualTo(150);
        JsonNode items = api.get("/api/v1/plans/" + job.path("planId").asString(), TestTokens.bearer(HR_SHAOXING))
                .json().path("items");
        assertThat(items).hasSize(150);
        assertThat(items.get(149).path("receivingUnit").asString()).isEqualTo("绍兴市经信局");
    }

    @Test
    void jobsARestartInterruptedAreFailed() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2024-03-01T08:00:00Z");
        jobs.insert(new ImportJob(id, "subject-1", "office", SHAOXING, 2024, "REGULAR", "计划", "000.txt",
                ImportStatus.QUEUED, 0, 0, null, null, null, now, now));
        jobs.running(id, 10, now);

        imports.failInterrupted();

        ImportJob failed = jobs.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("import.interrupted");
    }

    @Test
    void filesThatAreNoPlanTableAreProblems() {
        byte[] junk = new byte[2048];
        new Random(7).nextBytes(junk);
        String unknownColumn = "序号\t评委会名称\t评审（推荐）职务任职资格名称\t负责人\n1\t绍兴市某评委会\t工程师\t张三\n";

        Reply unreadable = uploads.upload(junk, "plan.xlsx", form(SHAOXING, "REGULAR", 1),
                TestTokens.bearer(OFFICE_SHAOXING));
        Reply unknown = uploads.upload(unknownColumn.getBytes(StandardCharsets.UTF_8), "plan.txt",
                form(SHAOXING, "REGULAR", 1), TestTokens.bearer(OFFICE_SHAOXING));
        Reply noTable = uploads.upload(Seeds.bytes("000"), "000.txt", form(SHAOXING, "REGULAR", 5),
                TestTokens.bearer(OFFICE_SHAOXING));

        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.code()).isEqualTo("import.unreadable");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("import.unknown-column");
        assertThat(noTable.status()).isEqualTo(400);
        assertThat(noTable.code()).isEqualTo("import.no-table");
    }

    @Test
    void theFormIsValidated() {
        Map<String, String> withoutCategory = form(SHAOXING, "REGULAR", 1);
        withoutCategory.remove("category");
        Map<String, String> badYear = form(SHAOXING, "REGULAR", 1);
        badYear.put("year", "1999");

        Reply missing = uploads.upload(Seeds.bytes("000"), "000.txt", withoutCategory,
                TestTokens.bearer(OFFICE_SHAOXING));
        Reply outOfRange = uploads.upload(Seeds.bytes("000"), "000.txt", badYear, TestTokens.bearer(OFFICE_SHAOXING));
        Reply empty = uploads.upload(new byte[0], "000.txt", form(SHAOXING, "REGULAR", 1),
                TestTokens.bearer(OFFICE_SHAOXING));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("category");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().path("errors").get(0).path("field").asString()).isEqualTo("year");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("import.empty");
    }

    @Test
    void aFewMegabytesPassTheSizeLimits() {
        // a province-wide workbook is a few MB: it reaches the reader (here junk, so 400), not a 413
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        new Random(3).nextBytes(threeMegabytes);

        Reply reply = uploads.upload(threeMegabytes, "plan.xlsx", form(SHAOXING, "REGULAR", 1),
                TestTokens.bearer(OFFICE_SHAOXING));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("import.unreadable");
    }

    @Test
    void aFiftyMegabyteUploadIs413BeforeItIsRead() throws Exception {
        String status = OversizedUpload.statusLine(port, "/api/v1/plans/imports", TestTokens.bearer(OFFICE_SHAOXING),
                50L * 1024 * 1024);

        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void onlyOfficesAndBureausOfACoveringRegionImport() {
        byte[] seed = Seeds.bytes("000");

        assertThat(uploads.upload(seed, "000.txt", form(SHAOXING, "SOCIALIZED", 3), null).status()).isEqualTo(401);
        assertThat(uploads.upload(seed, "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.expired(OFFICE_SHAOXING)).status()).isEqualTo(401);
        Reply applicant = uploads.upload(seed, "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.bearer(APPLICANT));
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.code()).isEqualTo("plan.role-required");
        Reply otherRegion = uploads.upload(seed, "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.bearer(OFFICE_LIANDU));
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.code()).isEqualTo("plan.out-of-scope");
        // a district office cannot import its city's plan
        assertThat(uploads.upload(seed, "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.bearer(OFFICE_SHANGYU)).status()).isEqualTo(403);
    }

    @Test
    void aJobIsSeenByItsOwnerAndTheRegionsBureauOnly() {
        Reply started = uploads.upload(Seeds.bytes("000"), "000.txt", form(SHANGYU, "DELEGATED", 2),
                TestTokens.bearer(OFFICE_SHANGYU));
        String path = "/api/v1/plans/imports/" + started.json().path("id").asString();
        uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(OFFICE_SHANGYU));

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, TestTokens.expired(OFFICE_SHANGYU)).status()).isEqualTo(401);
        assertThat(api.get(path, TestTokens.bearer(OFFICE_SHANGYU)).status()).isEqualTo(200);
        assertThat(api.get(path, TestTokens.bearer(HR_SHAOXING)).status()).isEqualTo(200);
        Reply otherOffice = api.get(path, TestTokens.bearer(OFFICE_SHAOXING));
        assertThat(otherOffice.status()).isEqualTo(404);
        assertThat(otherOffice.code()).isEqualTo("plan-import.not-found");
        assertThat(api.get(path, TestTokens.bearer(HR_LIANDU)).status()).isEqualTo(404);
        assertThat(api.get(path, TestTokens.bearer(APPLICANT)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/imports/5a4bd3f6-3a55-4b6c-9d7e-2f0d8f1c9a10",
                TestTokens.bearer(OFFICE_SHANGYU)).status()).isEqualTo(404);
    }

    @Test
    void aPlansExportIsSeenLikeThePlan() {
        String planId = importAnnex3(OFFICE_SHAOXING);

        assertThat(uploads.export(planId, null).statusCode()).isEqualTo(404);
        assertThat(uploads.export(planId, TestTokens.expired(OFFICE_SHAOXING)).statusCode()).isEqualTo(401);
        assertThat(uploads.export(planId, TestTokens.bearer(OFFICE_LIANDU)).statusCode()).isEqualTo(404);
        assertThat(uploads.export(planId, TestTokens.bearer(APPLICANT)).statusCode()).isEqualTo(404);
        assertThat(uploads.export(planId, TestTokens.bearer(HR_SHAOXING)).statusCode()).isEqualTo(200);
        assertThat(uploads.export("5a4bd3f6-3a55-4b6c-9d7e-2f0d8f1c9a10", TestTokens.bearer(HR_SHAOXING))
                .statusCode()).isEqualTo(404);

        // once published, anyone may read the plan and so export it
        for (String action : List.of("submit", "approve", "publish")) {
            assertThat(api.post("/api/v1/plans/" + planId + "/" + action, TestTokens.bearer(HR_SHAOXING), null)
                    .status()).as(action).isEqualTo(200);
        }
        assertThat(uploads.export(planId, null).statusCode()).isEqualTo(200);
        assertThat(uploads.export(planId, TestTokens.bearer(OFFICE_LIANDU)).statusCode()).isEqualTo(200);
        assertThat(uploads.export(planId, TestTokens.expired(OFFICE_LIANDU)).statusCode()).isEqualTo(401);
    }

    private String importAnnex3(TestUser user) {
        Reply started = uploads.upload(Seeds.bytes("000"), "000.txt", form(SHAOXING, "SOCIALIZED", 3),
                TestTokens.bearer(user));
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(user));
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        return job.path("planId").asString();
    }

    /** The draft plan an import created. */
    private JsonNode plan(Reply started, TestUser user) {
        assertThat(started.status()).isEqualTo(202);
        JsonNode job = uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(user));
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return api.get("/api/v1/plans/" + job.path("planId").asString(), TestTokens.bearer(user)).json();
    }

    private long plansOf(String region) {
        return api.get("/api/v1/plans?region=" + region + "&size=100", TestTokens.bearer(HR_SHAOXING)).json()
                .path("totalElements").asLong();
    }

    private static Map<String, String> form(String region, String category, int table) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2024");
        form.put("region", region);
        form.put("category", category);
        form.put("title", "2024 年度职称评审工作计划");
        form.put("table", String.valueOf(table));
        form.put("applicationDeadline", "2024-08-31");
        return form;
    }

    private static List<String> withoutIds(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            var copy = ((tools.jackson.databind.node.ObjectNode) item.deepCopy());
            copy.remove("id");
            out.add(copy.toString());
        }
        return out;
    }
}
