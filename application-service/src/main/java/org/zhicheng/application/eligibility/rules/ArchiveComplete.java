package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 申报人员登录系统后，按要求完善个人基本信息、业绩档案 (002 一(二)): the archive an application is made from states the
 * person's name, the unit (code, type, region) and at least one education.
 */
public final class ArchiveComplete implements EligibilityRule {

    @Override
    public String name() {
        return "archive-complete";
    }

    @Override
    public String notice() {
        return "002-一(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        ArchiveContent a = c.archive();
        if (a.personal() == null || a.personal().name() == null || a.personal().name().isBlank()) {
            return failed("eligibility.archive-incomplete", "personal.name");
        }
        ArchiveContent.Employment e = a.employment();
        if (e == null || e.unit() == null) {
            return failed("eligibility.archive-incomplete", "employment.unit");
        }
        if (e.unitType() == null) {
            return failed("eligibility.archive-incomplete", "employment.unitType");
        }
        if (e.region() == null) {
            return failed("eligibility.archive-incomplete", "employment.region");
        }
        if (a.education().isEmpty()) {
            return failed("eligibility.archive-incomplete", "education");
        }
        return passed();
    }
}
