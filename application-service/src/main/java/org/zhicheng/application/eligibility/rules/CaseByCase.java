package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/** 一事一议 (000 二(二)): a case-by-case application states the grounds the office and the department weigh. */
public final class CaseByCase implements EligibilityRule {

    @Override
    public String name() {
        return "case-by-case";
    }

    @Override
    public String notice() {
        return "000-二(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.CASE_BY_CASE) {
            return notApplicable();
        }
        String grounds = c.particulars().grounds();
        return grounds == null || grounds.isBlank() ? failed("eligibility.case-grounds") : passed();
    }
}
