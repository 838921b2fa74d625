package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.ArchiveContent.Achievement;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 业绩等相关材料截止时间为 2024 年 7 月 31 日 (003 一(二)): a representative achievement put forward is dated on or before
 * the plan's achievements cut-off, when the plan sets one.
 */
public final class AchievementsCutOff implements EligibilityRule {

    @Override
    public String name() {
        return "achievements-cut-off";
    }

    @Override
    public String notice() {
        return "003-一(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        java.time.LocalDate cutOff = c.item().achievementsCutOff();
        if (cutOff == null) {
            return notApplicable();
        }
        for (java.util.UUID id : c.archive().representative()) {
            Achievement a = c.archive().achievement(id).orElse(null);
            if (a != null && a.date() != null && a.date().isAfter(cutOff)) {
                return failed("eligibility.achievement-after-cut-off", a.title(), a.date(), cutOff);
            }
        }
        return passed();
    }
}
