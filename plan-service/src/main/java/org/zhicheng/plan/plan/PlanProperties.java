package org.zhicheng.plan.plan;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.plan.plan.domain.PlanRuleSettings;

/**
 * {@code zhicheng.plan.*}: tunables of the plan API and the numbers of the plan rules.
 *
 * @param maxPageSize the largest page a list or search request may ask for
 * @param rules       {@code zhicheng.plan.rules.*}, see {@link Rules}
 */
@ConfigurationProperties("zhicheng.plan")
public record PlanProperties(@DefaultValue("100") int maxPageSize, @DefaultValue Rules rules) {

    /**
     * @param materialToEvaluationMinDays days at least between a material or application deadline and the end of the
     *                                    expected evaluation time (rule 002-一(三)); default 0
     * @param initialCertificationMonths  batch months of initial certification (rule 001-附件2); default 3,6,9,12
     */
    public record Rules(@DefaultValue("0") int materialToEvaluationMinDays,
            @DefaultValue({"3", "6", "9", "12"}) Set<Integer> initialCertificationMonths) {

        public PlanRuleSettings settings() {
            return new PlanRuleSettings(materialToEvaluationMinDays, initialCertificationMonths);
        }
    }
}
