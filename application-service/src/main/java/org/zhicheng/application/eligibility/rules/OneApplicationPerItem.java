package org.zhicheng.application.eligibility.rules;

import java.util.Objects;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * A plan item accepts one application of a person (its acceptance is per item, 000 三(三)), and a person applies for a
 * title once in a plan year: a second live application (not withdrawn, rejected or vetoed) is refused.
 */
public final class OneApplicationPerItem implements EligibilityRule {

    @Override
    public String name() {
        return "one-application-per-item";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        for (ApplicationCase.OtherApplication other : c.others()) {
            if (!other.live() || Objects.equals(other.id(), c.applicationId())) {
                continue;
            }
            if (other.planItemId().equals(c.item().itemId())) {
                return failed("eligibility.duplicate-application", other.id());
            }
            if (other.year() == c.item().year() && other.title().equals(c.titleCode())) {
                return failed("eligibility.duplicate-title-year", other.id(), c.item().year());
            }
        }
        return passed();
    }
}
