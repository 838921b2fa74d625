package org.zhicheng.committee.ballot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhicheng.committee.ballot.domain.BallotRules;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BallotRuleProperties.class)
class BallotConfiguration {

    @Bean
    BallotRules ballotRules(BallotRuleProperties properties) {
        return properties.rules();
    }
}
