package org.zhicheng.notification.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/** Object mother of publicity requests and the callers who open them, in Shangyu (330604). */
public final class PublicityFixtures {

    public static final String UNIT = "SY-U001";
    public static final String COMMITTEE = "SY-ENG-MID";
    public static final String COMMITTEE_NAME = "上虞区建设工程中级专业技术职务任职资格评审委员会";

    private PublicityFixtures() {
    }

    public static TestUser employer() {
        return TestUsers.employer(TestUsers.SHANGYU, UNIT);
    }

    public static TestUser office() {
        return TestUsers.committeeOffice(TestUsers.SHANGYU, COMMITTEE);
    }

    public static TestUser hrBureau() {
        return TestUsers.hrBureau(TestUsers.SHANGYU);
    }

    /** A unit publicity of one application, showing one person. */
    public static Map<String, Object> unitPublicity(UUID application, String person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "UNIT");
        body.put("subject", Map.of("type", "APPLICATION", "id", application.toString()));
        body.put("publisher", "绍兴市上虞区建设工程有限公司");
        body.put("title", "关于陈明同志申报工程师职称的公示");
        body.put("body", "经单位审核，陈明同志申报工程师职称，现予公示。公示期间如有异议，请向单位人事部门反映，联系电话：0575-82125678。");
        body.put("contact", Map.of("office", "公司人事部", "phone", "0575-82125678"));
        body.put("entries", List.of(entry(application, person, "陈明")));
        return body;
    }

    /** A pre-evaluation publicity of the committee for a list of applications, each showing one person. */
    public static Map<String, Object> preEvaluationPublicity(String listId, Map<UUID, String> personsByApplication) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PRE_EVALUATION");
        body.put("subject", Map.of("type", "APPLICATION_LIST", "id", listId));
        body.put("committee", COMMITTEE);
        body.put("title", "2026年度建设工程中级职称评前公示");
        body.put("body", "以下人员通过资格审查，现予公示，公示期为5个工作日。");
        List<Map<String, Object>> entries = new ArrayList<>();
        int n = 1;
        for (Map.Entry<UUID, String> applicant : personsByApplication.entrySet()) {
            entries.add(entry(applicant.getKey(), applicant.getValue(), "申报人" + n++));
        }
        body.put("entries", entries);
        return body;
    }

    public static Map<String, Object> entry(UUID application, String person, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("applicationId", application.toString());
        entry.put("person", person);
        entry.put("name", name);
        entry.put("unit", "绍兴市上虞区建设工程有限公司");
        entry.put("title", "工程师");
        entry.put("specialty", "建筑施工");
        entry.put("representativeAchievements", List.of("论文：《高层建筑深基坑支护技术研究》，《浙江建筑》2025年第3期"));
        return entry;
    }

    /** A committee registration as committee-service publishes it. */
    public static Map<String, Object> committeeRegistered(String code, String name, String territory) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("committeeId", UUID.randomUUID().toString());
        data.put("code", code);
        data.put("name", name);
        data.put("level", "INTERMEDIATE");
        data.put("kind", "REGULAR");
        data.put("series", "ENGINEERING");
        data.put("specialties", List.of("建筑施工"));
        data.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE"));
        data.put("recommendedTitles", List.of());
        data.put("territory", territory);
        data.put("officeUnit", "上虞区人力资源和社会保障局");
        data.put("registeredBy", "hr.sy");
        data.put("registeredAt", java.time.Instant.now().toString());
        return data;
    }
}
