package org.zhicheng.committee.ballot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.committee.ballot.domain.BallotRules;
import org.zhicheng.committee.ballot.domain.PassThreshold;
import org.zhicheng.committee.ballot.domain.Quorum;

/**
 * {@code zhicheng.committee.rules.ballot.*}: the fractions of the voting rules.
 *
 * @param quorumNumerator   quorum = numerator/denominator of the panel present before any ballot (MOHRSS order 40);
 *                          default 2/3
 * @param quorumDenominator see {@code quorumNumerator}
 * @param passNumerator     an application passes when approving votes reach numerator/denominator of the experts
 *                          attending (002 一(四)); default 2/3
 * @param passDenominator   see {@code passNumerator}
 */
@ConfigurationProperties("zhicheng.committee.rules.ballot")
public record BallotRuleProperties(@DefaultValue("2") int quorumNumerator, @DefaultValue("3") int quorumDenominator,
        @DefaultValue("2") int passNumerator, @DefaultValue("3") int passDenominator) {

    BallotRules rules() {
        return new BallotRules(new Quorum(quorumNumerator, quorumDenominator),
                new PassThreshold(passNumerator, passDenominator));
    }
}
