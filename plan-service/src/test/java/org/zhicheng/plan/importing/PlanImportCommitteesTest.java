package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.plan.committee.CommitteeTopic;
import org.zhicheng.plan.committee.CommitteeTopic.Committee;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * An imported table goes through the plan's committee rules like a typed plan: rows naming registered committees are
 * linked to them, and a committee office importing a row of another office's committee gets the refusal on that row
 * and no plan.
 */
@ZhichengServiceTest
class PlanImportCommitteesTest {

    static final Committee OWN = Committee.of("SY-IMP-MID", "上虞区导入测试工程技术人员中级评审委员会", SHANGYU);
    static final Committee OTHER = Committee.of("SX-IMP-SEN", "绍兴市导入测试工程技术人员高级评审委员会", SHAOXING);
    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "SY-IMP-MID");

    private static boolean registered;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Uploads uploads;
    private ServiceApi api;

    @BeforeEach
    void committees() {
        uploads = new Uploads(port);
        api = new ServiceApi(port);
        if (!registered) {
            CommitteeTopic.register(OWN, OTHER);
            registered = true;
        }
    }

    @Test
    void importedRowsOfTheOfficesOwnCommitteeAreLinked() {
        JsonNode job = importTable(OFFICE, row(1, OWN.name()));

        assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
        JsonNode item = api.get("/api/v1/plans/" + job.path("planId").asString(), TestTokens.bearer(OFFICE)).json()
                .path("items").get(0);
        assertThat(item.path("committeeId").asString()).isEqualTo(OWN.id().toString());
        assertThat(item.path("committeeCode").asString()).isEqualTo("SY-IMP-MID");
    }

    @Test
    void aRowOfAnotherOfficesCommitteeIsRefusedOnItsRowAndCreatesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single();

        JsonNode job = importTable(OFFICE, row(1, OWN.name()) + row(2, OTHER.name()));

        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("failureCode").asString()).isEqualTo("plan.other-committee");
        JsonNode rows = job.path("report").path("rows");
        assertThat(rows.get(0).path("accepted").asBoolean()).isTrue();
        assertThat(rows.get(1).path("accepted").asBoolean()).isFalse();
        assertThat(rows.get(1).path("problems").get(0).asString()).startsWith("plan.other-committee")
                .contains("SX-IMP-SEN");
        assertThat(jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()).isEqualTo(before);
    }

    private JsonNode importTable(TestUser user, String rows) {
        String table = "序号\t评委会名称\t评审（推荐）职务任职资格名称\t所评专业\t评审（推荐）范围\t预计评审时间"
                + "\t预计接收材料截止时间\t材料接收单位及咨询电话\t备注\n" + rows;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2024");
        form.put("region", SHANGYU);
        form.put("category", "REGULAR");
        form.put("title", "2024 年度职称评审工作计划（评委会导入测试）");
        form.put("table", "1");
        form.put("applicationDeadline", "2024-08-31");
        Reply started = uploads.upload(table.getBytes(StandardCharsets.UTF_8), "plan.txt", form,
                TestTokens.bearer(user));
        assertThat(started.status()).as("%s", started.json()).isEqualTo(202);
        return uploads.awaitJob(started.json().path("id").asString(), TestTokens.bearer(user));
    }

    private static String row(int number, String committeeName) {
        return number + "\t" + committeeName + "\t工程师\t机电制造\t全区\t11 月\t8 月\t上虞区经信局 82112345\t\n";
    }
}
