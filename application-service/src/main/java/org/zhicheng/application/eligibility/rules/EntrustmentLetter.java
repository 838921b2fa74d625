package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 在衢省部属单位和外市人员需在我市进行职称评审的，需要提供 … 委托评审函 … 未经委托取得的专业技术职务任职资格在我市不予认可
 * (002 二(一)): a provincial or central unit's staff, and a person whose personnel relation lies in another city, attach
 * the entrustment letter (one of their own evidence files).
 */
public final class EntrustmentLetter implements EligibilityRule {

    @Override
    public String name() {
        return "entrustment-letter";
    }

    @Override
    public String notice() {
        return "002-二(一)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        ArchiveContent.Employment e = c.employment();
        String planCity = c.item().planRegion().length() >= 4 ? c.item().planRegion().substring(0, 4)
                : c.item().planRegion();
        boolean provincial = e.unitType() == UnitType.PROVINCIAL_OR_CENTRAL_UNIT;
        boolean otherCity = e.archiveRegion() != null && !e.archiveRegion().startsWith(planCity);
        if (!provincial && !otherCity) {
            return notApplicable();
        }
        if (c.particulars().entrustmentLetter() == null) {
            return failed("eligibility.entrustment-required", provincial ? "PROVINCIAL_OR_CENTRAL_UNIT"
                    : e.archiveRegion());
        }
        if (!c.ownEvidence().contains(c.particulars().entrustmentLetter())) {
            return failed("eligibility.entrustment-unknown", c.particulars().entrustmentLetter());
        }
        return passed();
    }
}
