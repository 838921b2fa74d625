package org.zhicheng.education.compliance.domain;

import java.util.List;

/**
 * Compliant or not, with the reasons. {@code rulesApplied} false means the region's rule set has no rule for the case
 * (e.g. Quzhou senior titles, which follow provincial rules): then the answer is not compliant, never silently yes.
 */
public record ComplianceAnswer(boolean compliant, boolean rulesApplied, List<Finding> findings) {
}
