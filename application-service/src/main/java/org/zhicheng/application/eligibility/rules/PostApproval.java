package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 事业单位管理部门要严把岗位核准关 (000 三(二)); 事业单位专业技术人员职称评审（含初定）应在核定的专业技术岗位结构比例范围内进行 (002
 * 二(四)); 事业单位人员按照评聘结合要求（…核定岗位）申报推荐 (003 四(四)): a public institution's staff apply within an
 * approved post, whose reference they give.
 */
public final class PostApproval implements EligibilityRule {

    @Override
    public String name() {
        return "post-approval";
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
        String reference = c.particulars().postApproval();
        if (reference == null || reference.isBlank()) {
            return failed("eligibility.post-approval-required");
        }
        return passed();
    }
}
