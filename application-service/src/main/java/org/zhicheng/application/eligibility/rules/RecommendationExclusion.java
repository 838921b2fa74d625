package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 对绩效低下、公认度差、作风不正的，取消职称评审推荐资格 (002 三(一)): a person whose unit, department or HR bureau recorded an
 * exclusion from recommendation for the plan's year is not recommended that year.
 */
public final class RecommendationExclusion implements EligibilityRule {

    @Override
    public String name() {
        return "recommendation-exclusion";
    }

    @Override
    public String notice() {
        return "002-三(一)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        return c.integrity().exclusionIn(c.item().year())
                .map(exclusion -> failed("eligibility.recommendation-excluded", c.item().year(),
                        exclusion.recordedBy()))
                .orElseGet(this::passed);
    }
}
