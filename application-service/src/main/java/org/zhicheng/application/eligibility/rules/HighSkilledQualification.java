package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.ArchiveContent.Qualification;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityProperties;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 在我省工程技术领域，取得国家职业资格或技能等级的技能人员，可按有关规定申报相应职称评审 (002 二(五); 000 二(一), 003 二 per
 * 浙人社发〔2022〕77号): a highly skilled worker applies for an engineering title up to the level their vocational level
 * opens ({@code high-skilled}: 高级工 → 助理工程师, 技师 → 工程师, 高级技师 → 高级工程师) after the years of skilled work it needs.
 */
public final class HighSkilledQualification implements EligibilityRule {

    private final EligibilityProperties properties;

    public HighSkilledQualification(EligibilityProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "high-skilled-qualification";
    }

    @Override
    public String notice() {
        return "002-二(五)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.HIGH_SKILLED) {
            return notApplicable();
        }
        if (c.title() == null || !c.title().engineering()) {
            return failed("eligibility.route-not-open", Route.HIGH_SKILLED, c.title() == null ? c.titleCode()
                    : c.title().name());
        }
        boolean enough = false;
        String best = null;
        for (Qualification q : c.archive().qualifications()) {
            EligibilityProperties.HighSkilled opens = "VOCATIONAL".equals(q.kind()) && q.level() != null
                    ? properties.highSkilled().get(q.level()) : null;
            if (opens == null) {
                continue;
            }
            best = q.level();
            if (TitleInfo.rank(opens.level()) >= c.title().rank()
                    && Years.between(q.obtainedOn(), c.today()) >= opens.years()) {
                enough = true;
            }
        }
        if (!enough) {
            return failed("eligibility.skill-qualification", c.title().name(), best);
        }
        return passed();
    }
}
