package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 建立特别优秀人才的破格和越级晋升制度 (002 三(三)): an exceptional or leap-level application states its grounds and puts
 * forward at least one representative achievement (代表性成果) behind them.
 */
public final class ExceptionalGrounds implements EligibilityRule {

    @Override
    public String name() {
        return "exceptional-grounds";
    }

    @Override
    public String notice() {
        return "002-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.EXCEPTIONAL) {
            return notApplicable();
        }
        String grounds = c.particulars().grounds();
        if (grounds == null || grounds.isBlank()) {
            return failed("eligibility.exceptional-grounds");
        }
        if (c.archive().representative().isEmpty()) {
            return failed("eligibility.exceptional-achievements");
        }
        return passed();
    }
}
