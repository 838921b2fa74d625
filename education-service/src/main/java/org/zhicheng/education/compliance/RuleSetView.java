package org.zhicheng.education.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.education.compliance.domain.HoursRule;

/** One version of a region's rule set. */
record RuleSetView(UUID id, String region, int validFrom, int version, List<HoursRule> rules, String reason,
        String changedBy, Instant changedAt) {
}
