package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * Applications open with the plan's publication and close with the plan (000 三(三)); an item of a committee whose
 * rights are suspended takes none (001 四), nor an item not linked to a registered committee (nobody would accept it).
 */
public final class ItemOpen implements EligibilityRule {

    @Override
    public String name() {
        return "item-open";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.item().closed()) {
            return failed("eligibility.item-closed", c.item().planTitle(), c.item().committeeName());
        }
        if (c.item().committeeCode() == null) {
            return failed("eligibility.committee-unregistered", c.item().committeeName());
        }
        if (c.committeeSuspended()) {
            return new Finding(name(), "001-四", Finding.Outcome.FAILED, "eligibility.committee-suspended",
                    java.util.List.of(c.item().committeeName()));
        }
        return passed();
    }
}
