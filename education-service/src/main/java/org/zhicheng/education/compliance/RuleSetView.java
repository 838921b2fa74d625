package org.zhicheng.education.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.education.compliance.domain.HoursRule;

/** One version of a region's rule set. */
record RuleSetView(UUID id, String region, int validFrom, int version, List<HoursRule> rules, String reason,
        String changedBy, Instant changedAt) {

    static RuleSetView of(StoredRuleSet stored) {
        return new RuleSetView(stored.id(), stored.ruleSet().region(), stored.ruleSet().validFrom(), stored.version(),
                stored.ruleSet().rules(), stored.reason(), stored.changedBy(), stored.changedAt());
    }
}
