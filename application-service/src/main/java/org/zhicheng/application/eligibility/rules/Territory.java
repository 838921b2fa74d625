package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 严格按申报对象所在单位属地受理原则受理 (000 三(三)): the applicant's unit lies in the plan's territory, within the
 * item's acceptance scope for the title's level as written (002: "初级：市本级 中级：全市"). 全市/全区/全县: the plan's
 * region and everything under it; 市本级/区本级/县本级: units of the plan's region itself; 全省: the province. A scope the
 * rule cannot read (全市党校系统, 本单位) is checked by the office at acceptance: the finding passes and says so.
 */
public final class Territory implements EligibilityRule {

    @Override
    public String name() {
        return "territory";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        String unitRegion = c.employment().region();
        if (unitRegion == null) {
            return failed("eligibility.archive-incomplete", "employment.region");
        }
        String planRegion = c.item().planRegion();
        String scope = c.title() == null ? c.item().acceptanceScope() : c.item().scopeFor(c.title().level());
        String text = scope == null ? "" : scope;
        boolean inside;
        if (text.contains("全省")) {
            inside = unitRegion.startsWith(planRegion.substring(0, 2));
        } else if (text.contains("本级")) {
            inside = unitRegion.equals(planRegion);
        } else {
            inside = unitRegion.startsWith(planRegion);
        }
        if (!inside) {
            return failed("eligibility.out-of-territory", unitRegion, planRegion, text.isBlank() ? "—" : text);
        }
        boolean readable = text.isBlank() || text.contains("全省") || text.contains("本级") || text.matches(
                ".*全[市区县]([（(].*[)）])?\\s*$") || text.contains("：");
        if (!readable) {
            return new Finding(name(), notice(), Finding.Outcome.PASSED, "eligibility.scope-checked-by-office",
                    java.util.List.of(text));
        }
        return passed();
    }
}
