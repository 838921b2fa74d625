package org.zhicheng.committee.expert;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.committee.expert.domain.PoolComposition;
import org.zhicheng.committee.expert.domain.TermAtMostThreeYears;

/**
 * {@code zhicheng.committee.rules.*}: the numbers of the pool rules.
 *
 * @param maxTermYears             longest term of a pool member, both ends included (000 三(一)); default 3
 * @param seniorMinimumBySeries    fewest experts of a senior committee set up by series (MOHRSS order 40); default 25
 * @param seniorMinimumBySpecialty fewest experts of a senior committee set up by specialty; default 11
 */
@ConfigurationProperties("zhicheng.committee.rules")
public record PoolRuleProperties(@DefaultValue("3") int maxTermYears, @DefaultValue("25") int seniorMinimumBySeries,
        @DefaultValue("11") int seniorMinimumBySpecialty) {

    TermAtMostThreeYears termRule() {
        return new TermAtMostThreeYears(maxTermYears);
    }

    PoolComposition.Minimums minimums() {
        return new PoolComposition.Minimums(seniorMinimumBySeries, seniorMinimumBySpecialty);
    }
}
