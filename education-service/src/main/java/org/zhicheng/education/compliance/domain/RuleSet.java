package org.zhicheng.education.compliance.domain;

import java.util.List;

/**
 * The continuing-education rules of a region valid from {@code validFrom} (a year) until a later rule set of the same
 * region takes over; a district without its own uses its city's.
 */
public record RuleSet(String region, int validFrom, List<HoursRule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** Each rule's contradictions, prefixed with its code; empty when the set is consistent. */
    public List<String> contradictions() {
        return rules.stream().flatMap(rule -> rule.contradictions().stream().map(text -> rule.code() + ": " + text))
                .toList();
    }

    /** The answer for a case: the findings of every rule that applies; compliant when rules apply and all are met. */
    public ComplianceAnswer check(CheckCase check, HoursTable hours) {
        List<Finding> findings = rules.stream().filter(rule -> rule.appliesTo().matches(check))
                .flatMap(rule -> rule.evaluate(check, hours).stream()).toList();
        return new ComplianceAnswer(!findings.isEmpty() && findings.stream().allMatch(Finding::met),
                !findings.isEmpty(), findings);
    }
}
