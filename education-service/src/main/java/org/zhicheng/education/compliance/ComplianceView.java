package org.zhicheng.education.compliance;

import java.util.List;

import org.zhicheng.education.compliance.domain.Finding;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer: compliant or not, the rule set that decided it and every reason. */
record ComplianceView(String person, String region, int applicationYear, boolean compliant,
        @Schema(description = "false when the rule set has no rule for this case; the answer is then not compliant")
        boolean rulesApplied,
        RuleSetRef ruleSet,
        @Schema(description = "per year (or window) and category: required against recorded, rule and notice")
        List<Finding> findings) {

    /** Which version of which region's rule set answered; {@code region} differs from the asked one when inherited. */
    record RuleSetRef(String region, int validFrom, int version) {
    }
}
