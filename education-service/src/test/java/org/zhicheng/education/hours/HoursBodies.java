package org.zhicheng.education.hours;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the ledger API, as mutable maps so a test can break one field. */
final class HoursBodies {

    private HoursBodies() {
    }

    static Map<String, Object> record(String person, String region, String unit, int year, String category,
            Object hours) {
        Map<String, Object> source = new HashMap<>();
        source.put("system", "浙江省专业技术人员继续教育管理系统");
        source.put("provider", "丽水市继续教育中心");
        source.put("course", "专业科目 " + category);
        source.put("certificateNumber", "CERT-" + UUID.randomUUID());
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("region", region);
        body.put("unit", unit);
        body.put("year", year);
        body.put("category", category);
        body.put("hours", hours);
        body.put("source", source);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withCertificate(Map<String, Object> body, String certificate) {
        ((Map<String, Object>) body.get("source")).put("certificateNumber", certificate);
        return body;
    }
}
