package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityProperties;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 未达到规定的学历资历条件，但按照量化评价标准自评分达到 120 分以上人员，也可申报相应专业高级工程师职务任职资格 (003 二): the
 * quantitative route is open for the titles in {@code quantitative-titles} (高级工程师) with a self-score of at least
 * {@code quantitative-minimum-score}; 119 is refused.
 */
public final class QuantitativeScore implements EligibilityRule {

    private final EligibilityProperties properties;

    public QuantitativeScore(EligibilityProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "quantitative-score";
    }

    @Override
    public String notice() {
        return "003-二";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.QUANTITATIVE) {
            return notApplicable();
        }
        if (!properties.quantitativeTitles().contains(c.titleCode())) {
            return failed("eligibility.route-not-open", Route.QUANTITATIVE, c.title() == null ? c.titleCode()
                    : c.title().name());
        }
        Integer score = c.particulars().selfScore();
        if (score == null) {
            return failed("eligibility.self-score-missing", properties.quantitativeMinimumScore());
        }
        if (score < properties.quantitativeMinimumScore()) {
            return failed("eligibility.self-score-too-low", score, properties.quantitativeMinimumScore());
        }
        return passed();
    }
}
