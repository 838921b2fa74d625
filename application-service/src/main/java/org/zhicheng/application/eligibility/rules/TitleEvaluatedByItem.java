package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * An item's committee evaluates some titles (评审) and only recommends others upward (推荐, "工程师评审，高级工程师推荐",
 * 000 附件1); an application names a title the item evaluates: a recommended title is applied for under the higher
 * committee's item.
 */
public final class TitleEvaluatedByItem implements EligibilityRule {

    @Override
    public String name() {
        return "title-evaluated-by-item";
    }

    @Override
    public String notice() {
        return "000-附件1";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.title() == null) {
            return failed("eligibility.title-unknown", c.titleCode());
        }
        if (c.item().evaluatedTitles().contains(c.titleCode())) {
            return passed();
        }
        if (c.item().recommendedTitles().contains(c.titleCode())) {
            return failed("eligibility.title-recommended-only", c.title().name(), c.item().committeeName());
        }
        return failed("eligibility.title-not-in-item", c.title().name(), c.item().committeeName());
    }
}
