package org.zhicheng.application.education;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhicheng.application.archive.domain.Degree;
import org.zhicheng.application.eligibility.ApplicationCase.ComplianceAnswer;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;
import org.zhicheng.starter.problem.ProblemException;

/**
 * Asks education-service whether a person's continuing-education hours meet the region's rules (002 二(二)). The call
 * is bounded by the Feign timeouts and the circuit breaker (Resilience4j); when education-service is down, slow or
 * open-circuited the answer is PENDING, never an error: the application goes on and is asked again.
 */
@Service
public class ComplianceChecks {

    private static final Logger log = LoggerFactory.getLogger(ComplianceChecks.class);

    private final EducationClient education;

    ComplianceChecks(EducationClient education) {
        this.education = education;
    }

    /** A person's case as education-service reads it. */
    public record Case(String person, String region, String level, String series, int year, int requiredYears,
            Degree degree, boolean initialCertification) {
    }

    public ComplianceAnswer ask(Case c) {
        EducationClient.Question question = new EducationClient.Question(c.person(), c.region(), c.level(),
                c.series(), c.year(), c.requiredYears(), education(c.degree()),
                c.initialCertification() ? "INITIAL_CERTIFICATION" : "EVALUATION");
        try {
            EducationClient.Answer answer = RemoteCalls.call("education", () -> education.check(question));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("rulesApplied", answer.rulesApplied());
            detail.put("ruleSet", answer.ruleSet());
            detail.put("findings", answer.findings());
            return new ComplianceAnswer(answer.compliant() ? "COMPLIANT" : "NON_COMPLIANT", answer.rulesApplied(),
                    detail);
        } catch (RemoteProblemException e) {
            if (e.status() == 404 && "rule-set.not-found".equals(e.code())) {
                return new ComplianceAnswer("NON_COMPLIANT", false, Map.of("code", e.code()));
            }
            log.warn("education-service answered {} {} for {}: compliance pending", e.status(), e.code(),
                    c.person());
            return ComplianceAnswer.PENDING;
        } catch (ProblemException unavailable) {
            log.warn("education-service unavailable for {}: compliance pending ({})", c.person(),
                    unavailable.code());
            return ComplianceAnswer.PENDING;
        } catch (RuntimeException unexpected) {
            log.warn("education-service call failed for {}: compliance pending", c.person(), unexpected);
            return ComplianceAnswer.PENDING;
        }
    }

    static String education(Degree degree) {
        if (degree == null) {
            return "SECONDARY";
        }
        return switch (degree) {
            case HIGH_SCHOOL, TECHNICAL_SECONDARY -> "SECONDARY";
            case JUNIOR_COLLEGE -> "COLLEGE";
            case BACHELOR -> "BACHELOR";
            case MASTER -> "MASTER";
            case DOCTORATE -> "DOCTOR";
        };
    }
}
