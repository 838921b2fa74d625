package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 对学术造假等行为实行"一票否决" (002 三(一)); a person vetoed for fraud or banned by an HR bureau is barred from applying
 * until the ban ends (MOHRSS-40 第三十七条: recorded in the integrity archive for three years).
 */
public final class IntegrityBan implements EligibilityRule {

    @Override
    public String name() {
        return "integrity-ban";
    }

    @Override
    public String notice() {
        return "002-三(一)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        return c.integrity().banOn(c.today())
                .map(ban -> failed("eligibility.integrity-ban", ban.kind(), ban.bannedUntil()))
                .orElseGet(this::passed);
    }
}
