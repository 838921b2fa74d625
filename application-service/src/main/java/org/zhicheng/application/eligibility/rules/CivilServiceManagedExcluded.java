package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 本区企事业单位（不含参照公务员法管理的事业单位）的专业技术人员 … 可以申报高级工程师职务任职资格 (003 一(二)): staff of an
 * institution managed under the Civil Service Law do not apply for senior engineering titles.
 */
public final class CivilServiceManagedExcluded implements EligibilityRule {

    @Override
    public String name() {
        return "civil-service-managed-excluded";
    }

    @Override
    public String notice() {
        return "003-一(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.employment().unitType() != UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION || c.title() == null
                || !c.title().engineering() || !c.title().senior()) {
            return notApplicable();
        }
        return failed("eligibility.civil-service-managed", c.title().name());
    }
}
