package org.zhicheng.education.compliance;

import java.time.Instant;
import java.util.UUID;

import org.zhicheng.education.compliance.domain.RuleSet;

/** One version of a region's rule set as stored, with who wrote it and why. */
record StoredRuleSet(UUID id, int version, RuleSet ruleSet, String reason, String changedBy, Instant changedAt) {
}
