package org.zhicheng.plan.plan.domain;

import java.util.List;

/**
 * 000 附件1: an item evaluates or recommends titles ("工程师评审，高级工程师推荐"; some committees only recommend,
 * e.g. row 17), so an item naming neither says nothing an applicant could apply for. The exception is initial
 * certification (初定, 001 附件2 "大中专毕业生初定"): its table has no titles column because the title follows from
 * the applicant's education and years of work, so its items may name none.
 */
public final class ItemsHaveTitles {

    public static final String RULE = "000-附件1";
    public static final String CODE = "plan.item-without-titles";

    public void check(PlanCategory category, List<PlanItem> items) {
        if (category == PlanCategory.INITIAL_CERTIFICATION) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.evaluatedTitles().isEmpty() && item.recommendedTitles().isEmpty()) {
                throw new PlanRuleViolation(CODE, RULE, i + 1);
            }
        }
    }
}
