package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 出现申报对象评审通过后一年内未聘的事业单位，原则上暂停下一年度职称申报 (000 三(二)): a public institution that left a passed
 * applicant unappointed for a year applies for nobody in the following year.
 */
public final class UnitSuspension implements EligibilityRule {

    @Override
    public String name() {
        return "unit-suspension";
    }

    @Override
    public String notice() {
        return "000-三(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.employment().unitType() != UnitType.PUBLIC_INSTITUTION) {
            return notApplicable();
        }
        if (c.unitSuspendedFor() != null && c.unitSuspendedFor() == c.item().year()) {
            return failed("eligibility.unit-suspended", c.employment().unitName() == null ? c.employment().unit()
                    : c.employment().unitName(), c.item().year());
        }
        return passed();
    }
}
