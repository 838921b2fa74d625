package org.zhicheng.bench;

import java.time.LocalDate;
import org.zhicheng.stack.demo.GatewayClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Meetings of {@link DrawBenchmark}: created and filed by office.sy, approved by hr.sy, through the meeting API. */
final class BenchMeetings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchMeetings() {
    }

    /**
     * A meeting of {@link DrawBenchmark#COMMITTEE} three weeks ahead (created at least 7 days, filed at least 5 working
     * days before) with {@code applications} assigned applicants from the experts' units, filed and approved; its id.
     */
    static String approvedMeeting(GatewayClient client, String run, int index, LocalDate today,
                                  DrawBenchmark.Options options) {
        String office = client.token("office.sy");
        ObjectNode meeting = JSON.createObjectNode();
        meeting.put("committee", DrawBenchmark.COMMITTEE);
        meeting.put("title", "基准测试评审会 " + run + "-" + index);
        meeting.put("date", today.plusDays(21).toString());
        meeting.put("venue", "上虞区人力社保局");
        meeting.putArray("specialties").add(DrawBenchmark.SPECIALTY);
        meeting.putArray("titleLevels").add("DEPUTY_SENIOR").add("FULL_SENIOR");
        meeting.put("panelSize", options.panelSize());
        meeting.put("alternates", options.alternates());
        GatewayClient.Reply created = DrawBenchmark.require(client.postJson("/api/v1/meetings", office,
                meeting.toString()), 201, "POST /api/v1/meetings");
        String id = created.json().path("id").asString();
        String base = "/api/v1/meetings/" + id;
        for (int a = 0; a < options.applications(); a++) {
            ObjectNode assignment = JSON.createObjectNode();
            assignment.put("applicationId", DrawBenchmark.uuid());
            assignment.put("applicantPerson", "P-BD-" + run + "-" + index + "-" + a);
            // spread over the experts' units: each assigned unit excludes its experts from the draw
            assignment.put("applicantUnit", DrawBenchmark.unitOf(index * 7 + a * 11));
            assignment.put("title", "ENGINEER");
            assignment.put("specialty", DrawBenchmark.SPECIALTY);
            DrawBenchmark.require(client.postJson(base + "/applications", office, assignment.toString()), 201,
                    "POST " + base + "/applications");
        }
        ObjectNode filing = JSON.createObjectNode();
        filing.put("qualifiedCount", options.applications());
        filing.put("qualificationReviewSummary", "资格审查通过 " + options.applications() + " 人");
        filing.put("prePublicityReference", "虞人社公示〔" + today.getYear() + "〕" + index + "号");
        filing.put("prePublicitySummary", "评前公示 5 个工作日无异议");
        filing.put("panelCompositionSummary", "从评委会专家库随机抽取 " + options.panelSize() + " 名专家");
        DrawBenchmark.require(client.postJson(base + "/filing", office, filing.toString()), 200,
                "POST " + base + "/filing");
        DrawBenchmark.require(client.postJson(base + "/approval", client.token("hr.sy"),
                "{\"consentReference\":\"虞人社函〔" + today.getYear() + "〕" + index + "号\"}"), 200,
                "POST " + base + "/approval");
        return id;
    }
}
