package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.office;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

/** Self-evaluating committees, filings and reports for the API tests, made through the API itself. */
final class SelfEvaluationFixtures {

    static final String OVERDUE = "SelfEvaluationFilingOverdue";

    private final ServiceApi api;
    private final JdbcClient jdbc;

    SelfEvaluationFixtures(int port, JdbcClient jdbc) {
        this.api = new ServiceApi(port);
        this.jdbc = jdbc;
    }

    ServiceApi api() {
        return api;
    }

    /** Registers (by the admin, on the clock's today) a committee of a unit with self-evaluation rights. */
    String selfEvaluatingCommittee(String territory) {
        return committee(territory, "SELF_EVALUATING");
    }

    String regularCommittee(String territory) {
        return committee(territory, "REGULAR");
    }

    private String committee(String territory, String kind) {
        String code = CommitteeFixtures.unique("SE");
        Map<String, Object> body = CommitteeFixtures.committeeBody(code, territory);
        body.put("kind", kind);
        body.put("name", "自主评聘委员会 " + code);
        Reply created = api.post("/api/v1/committees", TestTokens.bearer(TestUsers.admin()), body);
        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        return code;
    }

    static Map<String, Object> filing(String kind, int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("year", year);
        body.put("title", kind + " " + year);
        body.put("documentRef", "浙自评〔" + year + "〕" + kind.length() + "号");
        body.put("summary", "按通知要求报送");
        return body;
    }

    static Map<String, Object> meeting(String meetingDate) {
        return Map.of("meetingDate", meetingDate, "applicationCount", 12, "summary", "工程系列中级自主评聘会议");
    }

    Reply file(String code, String territory, String kind, int year) {
        return api.post("/api/v1/self-evaluation/" + code + "/filings", TestTokens.bearer(office(territory, code)),
                filing(kind, year));
    }

    Reply report(String code, String territory, String meetingDate) {
        return api.post("/api/v1/self-evaluation/" + code + "/meeting-reports",
                TestTokens.bearer(office(territory, code)), meeting(meetingDate));
    }

    Reply suspend(String code, String territory) {
        return api.post("/api/v1/committees/" + code + "/suspension",
                TestTokens.bearer(TestUsers.hrBureau(territory)), Map.of("reason", "自主评聘工作整改"));
    }

    Reply reinstate(String code, String territory) {
        return api.post("/api/v1/committees/" + code + "/reinstatement",
                TestTokens.bearer(TestUsers.hrBureau(territory)), Map.of("reason", "整改完成"));
    }

    /** How many events of {@code type} the committee's outbox holds. */
    int events(String code, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :key AND type = :type")
                .param("key", code).param("type", type).query(Integer.class).single();
    }
}
