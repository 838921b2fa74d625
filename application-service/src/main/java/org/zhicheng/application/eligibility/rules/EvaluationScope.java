package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 属社会化评价（含企业自主评价）评委会受理范围的，原则上由相应社会化评价（含企业自主评价）评委会受理 (000 三(三)), and the
 * items' exclusions ("自主评聘单位除外", "社会化评价、民营企业自主评价除外", 000 附件1): a unit in a socialized committee's
 * scope applies there, and a self-evaluating unit's staff do not apply to an item that excludes them.
 */
public final class EvaluationScope implements EligibilityRule {

    @Override
    public String name() {
        return "evaluation-scope";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        ArchiveContent.Employment e = c.employment();
        for (String exclusion : c.item().exclusions()) {
            if (exclusion.contains("自主评聘") && e.selfEvaluatingUnit()) {
                return failed("eligibility.excluded-self-evaluating", c.item().committeeName(), exclusion);
            }
            if (exclusion.contains("民营企业自主评价") && e.selfEvaluatingUnit() && e.unitType() != null
                    && e.unitType().name().startsWith("PRIVATE_")) {
                return failed("eligibility.excluded-self-evaluating", c.item().committeeName(), exclusion);
            }
            if (exclusion.contains("社会化评价") && !exclusion.contains("民营") && e.socializedCommittee() != null) {
                return failed("eligibility.excluded-socialized", c.item().committeeName(), exclusion);
            }
        }
        if (e.socializedCommittee() != null && !"SOCIALIZED".equals(c.item().category())
                && !e.socializedCommittee().equals(c.item().committeeCode())) {
            return failed("eligibility.socialized-committee", e.socializedCommittee(), c.item().committeeName());
        }
        return passed();
    }
}
