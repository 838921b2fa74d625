package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 专业技术人员参加继续教育培训情况作为职称申报的必备条件 (002 二(二); 001 五(一); 003 二): education-service decides by the
 * region's rule set. Its answer NON_COMPLIANT refuses; when it could not be asked the finding is pending: the
 * application is submitted and asked again, and its qualification review waits for the answer.
 */
public final class ContinuingEducation implements EligibilityRule {

    @Override
    public String name() {
        return "continuing-education";
    }

    @Override
    public String notice() {
        return "002-二(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        ApplicationCase.ComplianceAnswer answer = c.compliance();
        if (answer == null || "PENDING".equals(answer.status())) {
            return pending("eligibility.compliance-pending");
        }
        if ("COMPLIANT".equals(answer.status())) {
            return passed();
        }
        return failed(answer.rulesApplied() ? "eligibility.continuing-education"
                : "eligibility.continuing-education-no-rule");
    }
}
