package org.zhicheng.application.eligibility;

import java.util.List;
import java.util.Optional;

/** Every rule's finding for one case, in the rules' order. */
public record EligibilityReport(List<Finding> findings) {

    public EligibilityReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> failures() {
        return findings.stream().filter(Finding::failed).toList();
    }

    public Optional<Finding> firstFailure() {
        return findings.stream().filter(Finding::failed).findFirst();
    }

    public boolean eligible() {
        return failures().isEmpty();
    }

    /** Findings another service has not answered yet (continuing education): submitted, asked again later. */
    public boolean pending() {
        return findings.stream().anyMatch(f -> f.outcome() == Finding.Outcome.PENDING);
    }
}
