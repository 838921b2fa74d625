package org.zhicheng.application.application;

import org.zhicheng.application.eligibility.EligibilityReport;

/**
 * A submission the eligibility rules refuse: answered 422 with the first failing rule's code and notice, and every
 * failing rule in {@code errors[]} (field = the rule's name), so the applicant sees all of them at once.
 */
public class ApplicationIneligible extends RuntimeException {

    private final transient EligibilityReport report;

    public ApplicationIneligible(EligibilityReport report) {
        super("ineligible: " + report.failures(), null, false, false);
        this.report = report;
    }

    public EligibilityReport report() {
        return report;
    }
}
