package org.zhicheng.application.education;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** education-service's compliance check, as this service calls it with its service token. */
@FeignClient(name = "education", url = "${zhicheng.application.clients.education:http://127.0.0.1:8084}")
public interface EducationClient {

    @PostMapping("/api/v1/education/compliance-checks")
    Answer check(@RequestBody Question question);

    /** @param education SECONDARY, COLLEGE, BACHELOR, MASTER or DOCTOR; @param route EVALUATION or INITIAL_CERTIFICATION */
    record Question(String person, String region, String level, String series, int applicationYear,
            int requiredYears, String education, String route) {
    }

    record Answer(String person, String region, Integer applicationYear, boolean compliant, boolean rulesApplied,
            Map<String, Object> ruleSet, List<Map<String, Object>> findings) {
    }
}
