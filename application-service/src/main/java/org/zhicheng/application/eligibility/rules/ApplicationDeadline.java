package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 评审计划发布后，个人申报截止时间无特殊情况不允许调整 (000 三(三)); 网上个人申报截止时间 … 逾期不再受理 (003 四(二)): an
 * application is submitted by the item's individual deadline (the item's own, or the plan's staged one), inclusive.
 * A resubmission after a send-back is not a new application: the deadline held for the first submission.
 */
public final class ApplicationDeadline implements EligibilityRule {

    @Override
    public String name() {
        return "application-deadline";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (!c.firstSubmission() || c.item().deadline() == null) {
            return notApplicable();
        }
        if (c.today().isAfter(c.item().deadline())) {
            String rule = "PLAN".equals(c.item().deadlineFrom()) ? "003-四(二)" : notice();
            return new Finding(name(), rule, Finding.Outcome.FAILED, "eligibility.deadline-passed",
                    java.util.List.of(c.item().deadline(), c.today()));
        }
        return passed();
    }
}
